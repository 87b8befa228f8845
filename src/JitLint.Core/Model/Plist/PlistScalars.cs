namespace JitLint.Core.Model.Plist;

public sealed record PlistString(string Value) : PlistValue
{
    public override string KindName => "string";
}

/// <summary>A <c>&lt;real&gt;</c>; NaN equals NaN, so that two readings of one profile compare equal.</summary>
public sealed record PlistReal(double Value) : PlistValue
{
    public override string KindName => "real";
}

/// <summary><c>&lt;true/&gt;</c> or <c>&lt;false/&gt;</c>.</summary>
public sealed record PlistBoolean(bool Value) : PlistValue
{
    public override string KindName => "boolean";
}
