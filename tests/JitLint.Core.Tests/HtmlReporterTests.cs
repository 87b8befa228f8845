using System.Text;
using System.Text.RegularExpressions;
using JitLint.Core.Engine;
using JitLint.Core.Reporting.Html;
using JitLint.Core.Reporting.Readiness;

namespace JitLint.Core.Tests;

public sealed partial class HtmlReporterTests
{
    private const string Hostile = "<script>alert('x&y')</script>\"";
    private const string HostilePath = "dir/<img src=x onerror=alert(1)>&\"'.json";
    private static readonly string LongName = Hostile + new string('W', 400);

    /// <summary>Every tag the reporter itself writes; anything else in the page came from the export.</summary>
    private static readonly HashSet<string> OwnTags =
    [
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "a", "header", "h1", "p", "main", "section", "h2",
        "table", "caption", "thead", "tr", "th", "tbody", "td", "span", "br", "svg", "text", "rect", "article", "h3",
        "div", "pre", "code", "mark", "footer",
    ];

    [Fact]
    public void Hostile_display_names_messages_paths_and_source_lines_are_escaped()
    {
        var html = Render(LongName, HostilePath);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"<h3>&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt;&quot;{new string('W', 400)}</h3>", html, StringComparison.Ordinal);
        Assert.Contains("File: dir/&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;.json</p>", html, StringComparison.Ordinal);
        Assert.All(TagNames().Matches(html).Select(match => match.Groups[1].Value), tag => Assert.Contains(tag, OwnTags));
        Assert.DoesNotMatch(BareAmpersand(), html);
    }

    [Fact]
    public void A_finding_shows_rule_link_title_position_message_marked_excerpt_and_description()
    {
        var html = Render("Café", "a.json");

        Assert.Contains(
            "<div class=\"finding\" id=\"finding-1\">\n" +
            "<p><span class=\"badge warning\">warning</span> <a href=\"https://github.com/jitlint/jitlint/blob/main/rules/docs/TST001.md\">TST001</a>: Test rule, line 3, column 17</p>\n" +
            "<p>Display name Caf&#233;.</p>\n" +
            "<pre><code>3 | &quot;displayName&quot;: <mark>&quot;Caf\\u00E9&quot;</mark></code></pre>\n" +
            "<p>A rule for tests.</p>\n" +
            "</div>\n",
            html,
            StringComparison.Ordinal);
        // WebUtility.HtmlEncode writes Latin-1 letters as numeric references; the page is UTF-8 either way.
        Assert.Contains("<h3>Caf&#233;</h3>\n<p class=\"meta\">Type: iosGeneralDeviceConfiguration · File: a.json</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_self_contained_with_a_language_and_no_script()
    {
        var html = Render("Café", "a.json");

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains(":focus-visible", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_checklist_comes_first_and_links_failing_lines_to_their_findings()
    {
        var result = new LintResult([], 1, 1) { Tenant = new Model.Tenant([], isWholeExport: false) };
        var html = HtmlReporter.Render(result, ReadinessChecklist.Evaluate(result, new HashSet<string>()));

        var checklist = html.IndexOf("<h2 id=\"checklist\">", StringComparison.Ordinal);
        Assert.True(checklist > 0 && checklist < html.IndexOf("<h2 id=\"summary\">", StringComparison.Ordinal) && html.IndexOf("<h2 id=\"summary\">", StringComparison.Ordinal) < html.IndexOf("<h2 id=\"findings\">", StringComparison.Ordinal));
        Assert.Contains(
            "<tr><td><span class=\"badge NotCheckable\">Not checkable</span></td><th scope=\"row\">Microsoft Authenticator required</th>" +
            "<td>not a whole export, so absences were not checked (lint the export directory, or use --scope tenant)</td>" +
            "<td><a href=\"https://github.com/jitlint/jitlint/blob/main/rules/docs/JIT200.md\">JIT200</a></td></tr>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<p>No findings.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checklist_line_links_to_its_first_ten_findings_and_counts_the_rest()
    {
        var findings = Enumerable.Range(1, 12).Select(line => new Rules.Finding(
            TestRules.Descriptor("JIT200"), Rules.Severity.Error, "Message.", new Rules.Location(new Model.SourceFile("/a.json", "a.json", null), default, default), "id", "/" + line)).ToList();
        var result = new LintResult(findings, 1, 1) { Tenant = new Model.Tenant([], isWholeExport: true) };
        var html = HtmlReporter.Render(result, ReadinessChecklist.Evaluate(result, new HashSet<string>()));

        Assert.Contains("<a href=\"#finding-10\">JIT200 in a.json</a> and 2 more below</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"#finding-11\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"finding-12\"", html, StringComparison.Ordinal);
    }

    /// <summary>A one-document export; System.Text.Json writes the name with non-ASCII characters as \u escapes.</summary>
    private static string Render(string displayName, string path)
    {
        var json = $"{{\n\t\"@odata.type\": \"#microsoft.graph.iosGeneralDeviceConfiguration\",\n\t\"displayName\": {System.Text.Json.JsonSerializer.Serialize(displayName)}\n}}\n";
        var result = new Linter([new TestRules.DisplayNameRule()]).Lint([SourceInput.InMemory(path, Encoding.UTF8.GetBytes(json))], true);
        return HtmlReporter.Render(result, ReadinessChecklist.Evaluate(result, new HashSet<string>()));
    }

    [GeneratedRegex("<([!a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex TagNames();

    [GeneratedRegex("&(?!(?:lt|gt|amp|quot|#39|#[0-9]+);)")]
    private static partial Regex BareAmpersand();
}
