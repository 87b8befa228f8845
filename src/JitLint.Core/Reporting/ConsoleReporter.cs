using JitLint.Core.Engine;
using JitLint.Core.Rules;
using JitLint.Syntax.Text;

namespace JitLint.Core.Reporting;

/// <summary>
/// Compiler-style lines a person can read and an editor can jump to, grouped per file, each with the source
/// line and the span underlined; colour only when asked for (the CLI decides: a terminal without NO_COLOR).
/// </summary>
public sealed class ConsoleReporter(TextWriter output, bool useColor)
{
    private const string Reset = "\u001b[0m";
    private const string Dim = "\u001b[2m";
    private const string Bold = "\u001b[1m";

    public void Write(LintResult result)
    {
        foreach (var file in result.Active.GroupBy(finding => finding.Location.File.DisplayPath))
        {
            output.WriteLine(Paint(Bold, file.Key));
            foreach (var finding in file)
            {
                WriteFinding(finding);
            }

            output.WriteLine();
        }

        output.WriteLine(Summary(result));
    }

    public static string Summary(LintResult result)
    {
        var counts = $"{Plural(result.Count(Severity.Error), "error")}, {Plural(result.Count(Severity.Warning), "warning")}, {Plural(result.Count(Severity.Note), "note")}";
        var found = result.AbsentFromBaseline is null ? Plural(result.Active.Count(), "finding") : Plural(result.Active.Count(), "new finding");
        return $"{found} ({counts}) in {Plural(result.FileCount, "file")}, {Plural(result.DocumentCount, "document")}{Hidden(result)}.";
    }

    // What the exit code leaves out is still counted, so nothing disappears silently.
    private static string Hidden(LintResult result)
    {
        var suppressed = result.Findings.Count(finding => finding.IsSuppressed);
        var unchanged = result.Findings.Count(finding => !finding.IsSuppressed && finding.BaselineState == BaselineState.Unchanged);
        var parts = new List<string>();
        if (suppressed > 0)
        {
            parts.Add($"{suppressed} suppressed");
        }

        if (result.AbsentFromBaseline is { } absent)
        {
            parts.Add($"{unchanged} unchanged and {absent.Count} fixed since the baseline");
        }

        return parts.Count == 0 ? string.Empty : $"; {string.Join("; ", parts)}";
    }

    private void WriteFinding(Finding finding)
    {
        var location = finding.Location;
        var severity = finding.Severity.ToString().ToLowerInvariant();
        output.WriteLine($"{location.File.DisplayPath}{location.LineSpan.Start}: {Paint(ColorOf(finding.Severity), severity)} {finding.Rule.Id}: {finding.Message}");
        if (location.File.Text is { } text && location.LineSpan.Start.Line < text.LineCount)
        {
            WriteExcerpt(text, location.LineSpan);
        }
    }

    private void WriteExcerpt(SourceText text, LinePositionSpan span)
    {
        var lineNumber = span.Start.Line;
        var line = text.ToString(text.GetLineSpan(lineNumber));
        var start = Math.Min(span.Start.Character, line.Length);
        var end = span.End.Line == lineNumber ? Math.Min(span.End.Character, line.Length) : line.Length;
        var gutter = (lineNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var padding = new string(' ', gutter.Length);

        // Keep tabs under tabs so that the carets line up with the text above them.
        var indent = string.Concat(line[..start].Select(c => c == '\t' ? '\t' : ' '));
        output.WriteLine($"  {Paint(Dim, gutter + " |")} {line}");
        output.WriteLine($"  {Paint(Dim, padding + " |")} {indent}{Paint(Bold, new string('^', Math.Max(1, end - start)))}");
    }

    private string Paint(string color, string text) => useColor ? color + text + Reset : text;

    private static string ColorOf(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
