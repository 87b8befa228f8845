using JitLint.Core.Engine;
using JitLint.Core.Model;
using JitLint.Core.Reporting;
using JitLint.Core.Rules;
using JitLint.Syntax.Text;

namespace JitLint.Core.Tests;

public sealed class MarkdownReporterTests
{
    private static readonly RuleDescriptor First = TestRules.Descriptor("TST001");
    private static readonly RuleDescriptor Second = TestRules.Descriptor("TST002") with { Title = "Set device_registration" };

    [Fact]
    public void Summary_tables_by_severity_and_rule_then_findings_by_file_with_lines_and_rule_links()
    {
        var result = new LintResult(
            [
                At(Second, Severity.Error, "a.json", 3, "Missing key."),
                At(First, Severity.Warning, "a.json", 7, "Display name A."),
                At(First, Severity.Warning, "dir/b.json", 12, "Display name B."),
            ],
            FileCount: 2,
            DocumentCount: 2);

        Assert.Equal(
            """
            ## JitLint

            3 findings (1 error, 2 warnings, 0 notes) in 2 files, 2 documents.

            | Severity | Findings |
            |---|---:|
            | error | 1 |
            | warning | 2 |
            | note | 0 |

            | Rule | Severity | Findings | Title |
            |---|---|---:|---|
            | [TST001](https://github.com/jitlint/jitlint/blob/main/rules/docs/TST001.md) | warning | 2 | Test rule |
            | [TST002](https://github.com/jitlint/jitlint/blob/main/rules/docs/TST002.md) | error | 1 | Set device\_registration |

            ### a.json

            | Line | Severity | Rule | Message |
            |---:|---|---|---|
            | 3 | error | [TST002](https://github.com/jitlint/jitlint/blob/main/rules/docs/TST002.md) | Missing key. |
            | 7 | warning | [TST001](https://github.com/jitlint/jitlint/blob/main/rules/docs/TST001.md) | Display name A. |

            ### dir/b.json

            | Line | Severity | Rule | Message |
            |---:|---|---|---|
            | 12 | warning | [TST001](https://github.com/jitlint/jitlint/blob/main/rules/docs/TST001.md) | Display name B. |

            """.ReplaceLineEndings("\n"),
            MarkdownReporter.Render(result));
    }

    [Fact]
    public void Messages_and_paths_are_escaped_so_that_they_show_literally()
    {
        var result = new LintResult([At(First, Severity.Note, "x_*|[a]<b>`c`&$.json", 1, "Key \"a|b\" is *x* _y_ `z` [l](u) <img src=x onerror=alert(1)> &amp; ~~s~~ $m$ a\\b\r\nnext.")], 1, 1);

        var markdown = MarkdownReporter.Render(result);

        Assert.Contains("\n### x\\_\\*\\|\\[a\\]\\<b\\>\\`c\\`\\&\\$.json\n", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "| 1 | note | [TST001](https://github.com/jitlint/jitlint/blob/main/rules/docs/TST001.md) | " +
            "Key \"a\\|b\" is \\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<img src=x onerror=alert(1)\\> \\&amp; \\~\\~s\\~\\~ \\$m\\$ a\\\\b  next. |\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_and_baseline_unchanged_findings_are_counted_but_not_listed()
    {
        var result = new LintResult(
            [
                At(First, Severity.Warning, "a.json", 1, "Shown."),
                At(First, Severity.Warning, "a.json", 2, "Suppressed.") with { SuppressionJustification = "Known" },
                At(First, Severity.Warning, "a.json", 3, "Unchanged.") with { BaselineState = BaselineState.Unchanged },
                At(First, Severity.Warning, "a.json", 4, "New.") with { BaselineState = BaselineState.New },
            ],
            1,
            1,
            AbsentFromBaseline: []);

        var markdown = MarkdownReporter.Render(result);

        Assert.StartsWith("## JitLint\n\n2 new findings (0 errors, 2 warnings, 0 notes) in 1 file, 1 document; 1 suppressed; 1 unchanged and 0 fixed since the baseline.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| warning | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Shown. |", markdown, StringComparison.Ordinal);
        Assert.Contains("| New. |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Suppressed.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Unchanged.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_findings_only_the_summary_is_written() =>
        Assert.Equal("## JitLint\n\n0 findings (0 errors, 0 warnings, 0 notes) in 3 files, 3 documents.\n", MarkdownReporter.Render(new LintResult([], 3, 3)));

    [Fact]
    public void Past_the_limit_the_report_stops_and_says_how_many_findings_were_left_out()
    {
        var result = new LintResult([.. Enumerable.Range(1, 50).Select(line => At(First, Severity.Warning, "a.json", line, "Display name."))], 1, 1);
        var full = MarkdownReporter.Render(result);
        var row = "| 1 | warning | [TST001](https://github.com/jitlint/jitlint/blob/main/rules/docs/TST001.md) | Display name. |\n";
        var limit = full.IndexOf(row, StringComparison.Ordinal) + (3 * row.Length) + 150;

        var truncated = MarkdownReporter.Render(result, limit);

        Assert.True(truncated.Length <= limit, $"{truncated.Length} > {limit}");
        Assert.EndsWith(
            "| 3 | warning | [TST001](https://github.com/jitlint/jitlint/blob/main/rules/docs/TST001.md) | Display name. |\n" +
            $"\n47 more findings were left out to keep this report under {limit:N0} characters; run `jitlint check` for the full list.\n",
            truncated,
            StringComparison.Ordinal);
        Assert.Equal(full[..truncated.IndexOf("| 3 |", StringComparison.Ordinal)], truncated[..truncated.IndexOf("| 3 |", StringComparison.Ordinal)]);
    }

    [Fact]
    public void A_report_that_fits_exactly_is_whole_and_one_character_less_leaves_out_what_the_notice_needs_room_for()
    {
        var result = new LintResult([.. Enumerable.Range(1, 3).Select(line => At(First, Severity.Warning, "a.json", line, "Display name."))], 1, 1);
        var full = MarkdownReporter.Render(result);
        Assert.Equal(full, MarkdownReporter.Render(result, full.Length));

        // A notice about one left-out finding is longer than the last row, so the second row must go as well.
        var limit = full.Length - 1;
        var truncated = MarkdownReporter.Render(result, limit);
        Assert.Equal(
            full[..full.IndexOf("| 2 |", StringComparison.Ordinal)] +
            $"\n2 more findings were left out to keep this report under {limit:N0} characters; run `jitlint check` for the full list.\n",
            truncated);
        Assert.True(truncated.Length <= limit, $"{truncated.Length} > {limit}");
    }

    private static Finding At(RuleDescriptor rule, Severity severity, string path, int line, string message)
    {
        var file = new SourceFile("/repo/" + path, path, Text: null);
        var position = new LinePosition(line - 1, 4);
        return new Finding(rule, severity, message, new Location(file, default, new LinePositionSpan(position, position)), "id", "/" + line);
    }
}
