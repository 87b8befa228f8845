using System.Globalization;
using System.Text;
using JitLint.Core.Engine;
using JitLint.Core.Rules;

namespace JitLint.Core.Reporting;

/// <summary>
/// A Markdown report for pull request comments and GitHub job summaries: the counts by severity and by rule
/// (each rule linked to its documentation), then the findings grouped by file. Only active findings are listed.
/// </summary>
public static class MarkdownReporter
{
    /// <summary>GitHub rejects a comment longer than 65,536 characters; this leaves room for a heading of the caller's.</summary>
    public const int DefaultMaxLength = 65_000;

    public static void Write(LintResult result, Stream output, int maxLength = DefaultMaxLength) =>
        output.Write(Encoding.UTF8.GetBytes(Render(result, maxLength)));

    /// <summary>
    /// The report, at most <paramref name="maxLength"/> UTF-16 code units long: findings that do not fit are
    /// left out, and a last line says how many. The summary always stays, so the limit should leave room for it.
    /// </summary>
    public static string Render(LintResult result, int maxLength = DefaultMaxLength)
    {
        var findings = result.Active.ToList();
        var report = new StringBuilder();
        report.Append("## JitLint\n\n").Append(ConsoleReporter.Summary(result)).Append('\n');
        if (findings.Count == 0)
        {
            return report.ToString();
        }

        AppendSeverityTable(report, findings);
        AppendRuleTable(report, findings);

        var shown = 0;
        foreach (var file in findings.GroupBy(finding => finding.Location.File.DisplayPath))
        {
            var section = $"\n### {MarkdownText.Escape(file.Key)}\n\n| Line | Severity | Rule | Message |\n|---:|---|---|---|\n";
            foreach (var finding in file)
            {
                var row = section + Row(finding);
                var leftOutAfterRow = findings.Count - shown - 1;
                var needed = row.Length + (leftOutAfterRow > 0 ? LeftOut(leftOutAfterRow, maxLength).Length : 0);
                if (report.Length + needed > maxLength)
                {
                    return report.Append(LeftOut(findings.Count - shown, maxLength)).ToString();
                }

                report.Append(row);
                section = string.Empty;
                shown++;
            }
        }

        return report.ToString();
    }

    private static void AppendSeverityTable(StringBuilder report, List<Finding> findings)
    {
        report.Append("\n| Severity | Findings |\n|---|---:|\n");
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Note })
        {
            report.Append(CultureInfo.InvariantCulture, $"| {Name(severity)} | {findings.Count(finding => finding.Severity == severity)} |\n");
        }
    }

    private static void AppendRuleTable(StringBuilder report, List<Finding> findings)
    {
        report.Append("\n| Rule | Severity | Findings | Title |\n|---|---|---:|---|\n");
        foreach (var rule in findings.GroupBy(finding => finding.Rule.Id, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var descriptor = rule.First().Rule;
            report.Append(CultureInfo.InvariantCulture, $"| {Link(descriptor)} | {Name(rule.Max(finding => finding.Severity))} | {rule.Count()} | {MarkdownText.Escape(descriptor.Title)} |\n");
        }
    }

    private static string Row(Finding finding) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {finding.Location.LineSpan.Start.Line + 1} | {Name(finding.Severity)} | {Link(finding.Rule)} | {MarkdownText.Escape(finding.Message)} |\n");

    private static string LeftOut(int count, int maxLength) => string.Create(
        CultureInfo.InvariantCulture,
        $"\n{(count == 1 ? "1 more finding was" : $"{count} more findings were")} left out to keep this report under {maxLength:N0} characters; run `jitlint check` for the full list.\n");

    private static string Link(RuleDescriptor rule) => rule.HelpUri is null ? rule.Id : $"[{rule.Id}]({rule.HelpUri})";

    private static string Name(Severity severity) => severity.ToString().ToLowerInvariant();
}
