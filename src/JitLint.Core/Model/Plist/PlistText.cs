using System.Buffers;
using System.Buffers.Text;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace JitLint.Core.Model.Plist;

/// <summary>The text forms of the XML scalar elements, as Core Foundation and Python's plistlib accept them.</summary>
internal static class PlistText
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Decimal or <c>0x</c> hexadecimal, with an optional sign; null when it is neither.</summary>
    public static PlistInteger? ParseInteger(string text)
    {
        var trimmed = Trim(text);
        var unsigned = trimmed.AsSpan().TrimStart("+-");
        if (unsigned.Length < trimmed.Length - 1)
        {
            return null;
        }

        var negative = trimmed.StartsWith('-');
        if (unsigned.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            var digits = unsigned[2..];
            if (digits.IsEmpty || digits.ContainsAnyExcept(HexDigits))
            {
                return null;
            }

            // Negate in unsigned arithmetic so that -0x8000000000000000 still fits.
            if (ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var magnitude)
                && magnitude <= (negative ? 1UL << 63 : long.MaxValue))
            {
                return new PlistInteger(negative ? unchecked((long)(0UL - magnitude)) : (long)magnitude);
            }

            return PlistInteger.Huge(trimmed);
        }

        if (unsigned.IsEmpty || unsigned.ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        return long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? new PlistInteger(value)
            : PlistInteger.Huge(trimmed);
    }

    /// <summary>A decimal number, or <c>nan</c>, <c>inf</c> or <c>infinity</c> with an optional sign, in any case.</summary>
    public static PlistReal? ParseReal(string text)
    {
        var trimmed = Trim(text);
        var unsigned = trimmed.TrimStart('+', '-');
        if (unsigned.Length < trimmed.Length - 1)
        {
            return null;
        }

        if (unsigned.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return new PlistReal(double.NaN);
        }

        if (unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase) || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            return new PlistReal(trimmed.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity);
        }

        // Float, not Any: no thousands separators, no currency symbols, no parentheses.
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new PlistReal(value)
            : null;
    }

    /// <summary>The one form that Apple and plistlib write: <c>2001-01-01T00:00:00Z</c>.</summary>
    public static PlistDate? ParseDate(string text) =>
        DateTime.TryParseExact(
            Trim(text),
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'",
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var value)
            ? new PlistDate(value)
            : null;

    /// <summary>Base64, with white space anywhere (profiles wrap it in tabs and new lines).</summary>
    public static PlistData? ParseData(string text)
    {
        if (!Base64.IsValid(text.AsSpan(), out var length))
        {
            return null;
        }

        var bytes = new byte[length];
        return Convert.TryFromBase64String(text, bytes, out var written) && written == length
            ? new PlistData(ImmutableCollectionsMarshal.AsImmutableArray(bytes))
            : null;
    }

    /// <summary>XML white space only: other Unicode spaces are part of a value.</summary>
    private static string Trim(string text) => text.Trim(' ', '\t', '\r', '\n');
}
