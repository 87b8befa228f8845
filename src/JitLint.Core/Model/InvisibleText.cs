using System.Globalization;
using System.Text;

namespace JitLint.Core.Model;

/// <summary>
/// White space and invisible characters that admins paste into keys and bundle IDs without seeing them.
/// Apple and Entra compare these strings exactly, so one stray character silently disables a setting.
/// </summary>
public static class InvisibleText
{
    private const string InvisibleCharacters = "\u200B\u200C\u200D\u2060\uFEFF";

    /// <summary>A problem with a string: where it is and which character causes it.</summary>
    public readonly record struct Problem(string Where, char Character)
    {
        /// <summary>For example "a trailing space (U+0020)".</summary>
        public string Describe() => $"a {Where}{Name(Character)} (U+{(int)Character:X4})";
    }

    /// <summary>Zero-width characters that are never white space to .NET but always invisible.</summary>
    public static bool IsInvisible(char c) => InvisibleCharacters.Contains(c, StringComparison.Ordinal);

    public static Problem? FindProblem(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (IsStray(text[0]))
        {
            return new Problem("leading ", text[0]);
        }

        if (IsStray(text[^1]))
        {
            return new Problem("trailing ", text[^1]);
        }

        var inner = text.AsSpan().IndexOfAny(InvisibleCharacters);
        return inner >= 0 ? new Problem(string.Empty, text[inner]) : null;
    }

    /// <summary>The text without leading or trailing white space and without invisible characters.</summary>
    public static string Clean(string text)
    {
        var trimmed = TrimStray(text);
        if (trimmed.IndexOfAny(InvisibleCharacters) < 0)
        {
            return trimmed.Length == text.Length ? text : trimmed.ToString();
        }

        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (!IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>How much of a value a message quotes; the rest is counted, not shown.</summary>
    public const int MaxShownLength = 120;

    /// <summary>
    /// The text as a report may show it: invisible and control characters written as \uXXXX, long values cut, and
    /// values that look like a secret or a certificate not shown at all, since reports travel to PRs and dashboards.
    /// </summary>
    public static string Reveal(string text)
    {
        if (LooksSecret(text))
        {
            return $"[{text.Length} characters that look like a secret or a certificate, not shown]";
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxShownLength) + 32);
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, MaxShownLength)))
        {
            var visible = c == ' ' || !(char.IsWhiteSpace(c) || IsInvisible(c) || char.IsControl(c));
            builder.Append(visible ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
        }

        return text.Length > MaxShownLength ? builder.Append($"... ({text.Length - MaxShownLength} more characters)").ToString() : builder.ToString();
    }

    // PEM blocks, JSON Web Tokens, and long random-looking base64 or hex runs (passwords, shared secrets, keys).
    private static bool LooksSecret(string text) =>
        text.Contains("-----BEGIN", StringComparison.Ordinal)
        || text.StartsWith("eyJ", StringComparison.Ordinal)
        || (text.Length >= 40
            && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_')
            && text.Any(char.IsAsciiDigit) && text.Any(char.IsAsciiLetterUpper) && text.Any(char.IsAsciiLetterLower));

    private static bool IsStray(char c) => char.IsWhiteSpace(c) || IsInvisible(c);

    private static ReadOnlySpan<char> TrimStray(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsStray(text[start]))
        {
            start++;
        }

        while (end > start && IsStray(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static string Name(char c) => c switch
    {
        ' ' => "space",
        '\t' => "tab",
        '\r' => "carriage return",
        '\n' => "line feed",
        '\u00A0' => "no-break space",
        '\u200B' => "zero-width space",
        '\u200C' => "zero-width non-joiner",
        '\u200D' => "zero-width joiner",
        '\u2060' => "word joiner",
        '\uFEFF' => "zero-width no-break space",
        _ => "white space character",
    };
}
