namespace JitLint.Core.Model.Plist;

/// <summary>Reads a property list (a <c>.mobileconfig</c>) in XML or binary form, never throwing on bad input.</summary>
public static class PlistReader
{
    public const string SignedProfileError = "the profile is signed (CMS), so JitLint cannot read it";

    /// <summary>
    /// How deeply dictionaries and arrays may nest. Real profiles nest four or five deep; the limit keeps hostile
    /// input from exhausting the stack.
    /// </summary>
    public const int MaxDepth = 64;

    internal static readonly string TooDeep = $"dictionaries and arrays nest more than {MaxDepth} deep";

    public static PlistReadResult Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return PlistReadResult.Failure("the property list is empty");
        }

        if (bytes.StartsWith("bplist"u8))
        {
            return BinaryPlistReader.Read(bytes);
        }

        if (IsCms(bytes))
        {
            return PlistReadResult.Failure(SignedProfileError);
        }

        if (LooksLikeXml(bytes))
        {
            return XmlPlistReader.Read(bytes);
        }

        return PlistReadResult.Failure(
            $"it starts with the bytes {Convert.ToHexString(bytes[..Math.Min(4, bytes.Length)])}, " +
            "neither '<' (an XML property list) nor 'bplist' (a binary one)");
    }

    /// <summary>
    /// A signed profile is DER/BER: a SEQUENCE tag (0x30) followed by an indefinite (0x80) or long-form (0x81 to
    /// 0x84) length. Unwrapping it would mean trusting an unverified signature, so JitLint only says what it is.
    /// </summary>
    private static bool IsCms(ReadOnlySpan<byte> bytes) => bytes is [0x30, >= 0x80 and <= 0x84, ..];

    /// <summary>A byte order mark (so text), or '&lt;' after optional ASCII white space.</summary>
    private static bool LooksLikeXml(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        return XmlPlistReader.HasByteOrderMark(bytes) || (start >= 0 && bytes[start] == (byte)'<');
    }
}
