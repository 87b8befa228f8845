using System.Text;
using System.Text.RegularExpressions;
using JitLint.Syntax.Text;

namespace JitLint.Testing;

/// <summary>
/// Roslyn-style markup: <c>[|text|]</c> marks an expected finding of the rule under test, and
/// <c>{|JIT105:text|}</c> one of a named rule. Neither can occur in valid JSON outside strings.
/// </summary>
public sealed partial record TestMarkup(string Text, IReadOnlyList<ExpectedSpan> Spans)
{
    public static TestMarkup Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var open = new Stack<(int Start, string? RuleId)>();
        var spans = new List<ExpectedSpan>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((text.Length, null));
                i++;
            }
            else if (NamedSpanStart().Match(markup, i) is { Success: true } named)
            {
                open.Push((text.Length, named.Groups[1].Value));
                i += named.Length - 1;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var (start, ruleId) = open.Pop();
                spans.Add(new ExpectedSpan(ruleId, start, text.Length));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        var result = text.ToString();
        return new TestMarkup(result, [.. spans.Select(span => span.ToUtf8(result))]);
    }

    /// <summary>Writes findings back as markup, so that a failing test shows what to paste.</summary>
    public static string Render(string text, IEnumerable<(string RuleId, TextSpan Span)> findings, string ruleUnderTest)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var inserts = new List<(int Offset, int Order, string Marker)>();
        foreach (var (ruleId, span) in findings)
        {
            var (open, close) = ruleId == ruleUnderTest ? ("[|", "|]") : ($"{{|{ruleId}:", "|}");
            inserts.Add((span.Start, 1, open));
            inserts.Add((span.End, 0, close));
        }

        var output = new StringBuilder();
        var position = 0;
        foreach (var (offset, _, marker) in inserts.OrderBy(insert => insert.Offset).ThenBy(insert => insert.Order))
        {
            output.Append(Encoding.UTF8.GetString(utf8, position, offset - position)).Append(marker);
            position = offset;
        }

        return output.Append(Encoding.UTF8.GetString(utf8, position, utf8.Length - position)).ToString();
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    // "{|" alone may be an object's brace marked by "[|{|]"; a named span always has "ID:".
    [GeneratedRegex(@"\G\{\|([A-Z]+[0-9]+):")]
    private static partial Regex NamedSpanStart();
}

/// <param name="RuleId">The rule, or null for the rule under test.</param>
/// <param name="Start">UTF-16 index while parsing; UTF-8 byte offset once converted.</param>
public sealed record ExpectedSpan(string? RuleId, int Start, int End)
{
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    internal ExpectedSpan ToUtf8(string text) =>
        new(RuleId, Encoding.UTF8.GetByteCount(text.AsSpan(0, Start)), Encoding.UTF8.GetByteCount(text.AsSpan(0, End)));
}
