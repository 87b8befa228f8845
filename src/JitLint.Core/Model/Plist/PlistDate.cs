namespace JitLint.Core.Model.Plist;

/// <summary>A <c>&lt;date&gt;</c>, always in UTC (XML property lists write <c>2001-01-01T00:00:00Z</c>).</summary>
public sealed record PlistDate : PlistValue
{
    public PlistDate(DateTime value) => Value = DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public DateTime Value { get; }

    public override string KindName => "date";
}
