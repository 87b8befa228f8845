using System.Globalization;

namespace JitLint.Core.Model.Plist;

/// <summary>
/// An <c>&lt;integer&gt;</c>. Apple allows values up to 2^64 - 1 and binary property lists up to 128 bits, beyond
/// a <see cref="long"/>; such a value keeps its text, so that a rule can still quote what the profile says.
/// </summary>
public sealed record PlistInteger : PlistValue
{
    public PlistInteger(long value)
    {
        Value = value;
        Text = value.ToString(CultureInfo.InvariantCulture);
    }

    private PlistInteger(string text) => Text = text;

    /// <summary>The value, or null when it does not fit a <see cref="long"/>.</summary>
    public long? Value { get; }

    /// <summary>
    /// The value in decimal when it fits a <see cref="long"/>; otherwise the text as the XML wrote it (trimmed), or
    /// the decimal digits of the binary value.
    /// </summary>
    public string Text { get; }

    public override string KindName => "integer";

    /// <summary>An integer too large for a <see cref="long"/>, as text.</summary>
    internal static PlistInteger Huge(string text) => new(text);
}
