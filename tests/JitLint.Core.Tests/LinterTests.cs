using System.Text;
using JitLint.Core.Engine;
using JitLint.Core.Rules;
using JitLint.Syntax.Text;

namespace JitLint.Core.Tests;

public sealed class LinterTests
{
    private const string Good = """{ "@odata.type": "#microsoft.graph.iosGeneralDeviceConfiguration", "displayName": "Good" }""";

    [Fact]
    public void Broken_json_gives_jit001_at_its_position_and_the_other_files_are_still_linted()
    {
        var result = Lint(("a.json", Good), ("b.json", "{\n  \"displayName\": \"x\"\n  \"id\": 1\n}"), ("c.json", Good));

        Assert.Equal(
            ["a.json(1,83) TST001", "b.json(3,3) JIT001", "c.json(1,83) TST001"],
            result.Findings.Select(finding => $"{finding.Location.File.DisplayPath}{finding.Location.LineSpan.Start} {finding.Rule.Id}"));
        Assert.Equal(
            "The file cannot be read as JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'.",
            result.Findings[1].Message);
    }

    [Fact]
    public void Undecodable_text_gives_jit001_where_decoding_stopped()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"a\": \"").Concat(new byte[] { 0xFF, (byte)'"', (byte)'}' }).ToArray();
        var finding = Assert.Single(new Linter([]).Lint([SourceInput.InMemory("bad.json", bytes)], false).Findings);
        Assert.Equal("JIT001", finding.Rule.Id);
        Assert.Equal("(2,9)", finding.Location.LineSpan.Start.ToString());
        Assert.Equal("The file cannot be read as JSON: byte 0xFF at byte offset 10 is not valid UTF-8.", finding.Message);
    }

    [Fact]
    public void A_file_that_cannot_be_read_gives_jit001()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"jitlint-{Guid.NewGuid():N}.json");
        var finding = Assert.Single(new Linter([]).Lint([new SourceInput(missing, "gone.json")], false).Findings);
        Assert.Equal("JIT001", finding.Rule.Id);
        Assert.Equal($"The file cannot be read as JSON: Could not find file '{missing}'.", finding.Message);
    }

    [Fact]
    public void A_file_too_long_for_one_array_under_a_raised_limit_gives_jit001()
    {
        var huge = Path.Combine(Path.GetTempPath(), $"jitlint-{Guid.NewGuid():N}.json");
        using (var sparse = File.Create(huge))
        {
            sparse.SetLength(3L << 30);
        }

        try
        {
            var limits = LintLimits.Default with { MaxFileBytes = 4_000_000_000 };
            var finding = Assert.Single(new Linter([], limits).Lint([new SourceInput(huge, "huge.json")], false).Findings);
            Assert.Equal(
                "JIT001: The file cannot be read as JSON: it is 3,221,225,472 bytes, and a file of 2 GB or more cannot be read",
                $"{finding.Rule.Id}: {finding.Message}");
        }
        finally
        {
            File.Delete(huge);
        }
    }

    [Theory]
    [InlineData("""{ "name": "not graph" }""")]
    [InlineData("""[1, 2]""")]
    [InlineData("""{ "@odata.type": "#contoso.custom.thing" }""")]
    public void Json_that_is_not_a_graph_object_gives_jit002_at_its_first_character(string json)
    {
        var finding = Assert.Single(Lint(("x.json", json)).Findings);
        Assert.Equal("JIT002", finding.Rule.Id);
        Assert.Equal(new Syntax.Text.TextSpan(0, 1), finding.Location.Span);
        Assert.Equal(Severity.Note, finding.Severity);
    }

    [Fact]
    public void A_list_response_lints_each_element_in_place_and_reports_foreign_elements()
    {
        var result = Lint(("list.json", """
            {
              "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceManagement/deviceConfigurations",
              "value": [
                { "@odata.type": "#microsoft.graph.iosGeneralDeviceConfiguration", "displayName": "One" },
                { "displayName": "no type" },
                { "@odata.type": "microsoft.graph.iosGeneralDeviceConfiguration", "displayName": "Two" }
              ]
            }
            """));

        Assert.Equal(
            ["(4,87) TST001 Display name One.", "(5,5) JIT002", "(6,86) TST001 Display name Two."],
            result.Findings.Select(finding => $"{finding.Location.LineSpan.Start} {finding.Rule.Id}{(finding.Rule.Id == "TST001" ? " " + finding.Message : "")}"));
        Assert.Equal(2, result.DocumentCount);
    }

    [Fact]
    public void A_crashing_rule_becomes_jit003_and_other_rules_still_report()
    {
        var linter = new Linter([new TestRules.ThrowingRule(), new TestRules.DisplayNameRule()]);
        var findings = linter.Lint([SourceInput.InMemory("a.json", Encoding.UTF8.GetBytes(Good))], false).Findings;

        Assert.Equal(["JIT003", "TST001"], findings.Select(finding => finding.Rule.Id));
        Assert.Equal(
            "Rule TST002 failed on this document with InvalidOperationException: Broken on purpose. Other rules and files were still checked.",
            findings[0].Message);
        Assert.Equal(new Syntax.Text.TextSpan(0, 1), findings[0].Location.Span);
        Assert.Equal("TST002", findings[0].FailedRuleId);
    }

    [Fact]
    public void A_rule_that_runs_away_is_abandoned_as_jit003_and_the_run_completes()
    {
        using var release = new ManualResetEventSlim();
        try
        {
            var limits = LintLimits.Default with { RuleTimeBudget = TimeSpan.FromMilliseconds(300) };
            var linter = new Linter([new TestRules.RunawayRule(release), new TestRules.DisplayNameRule()], limits);
            var spinning = Good.Replace("\"Good\"", "\"spin\"", StringComparison.Ordinal);
            var findings = linter.Lint([.. new[] { ("a.json", Good), ("b.json", spinning), ("c.json", Good) }.Select(file => SourceInput.InMemory(file.Item1, Encoding.UTF8.GetBytes(file.Item2)))], false).Findings;

            Assert.Equal(["a.json TST001", "b.json JIT003", "c.json TST001"], findings.Select(finding => $"{finding.Location.File.DisplayPath} {finding.Rule.Id}"));
            Assert.Equal(
                "Rule TST005 failed on this document with a time-out: it ran for more than 0.3 seconds and was abandoned, with the rest of this file's checks. Other files were still checked.",
                findings[1].Message);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public void Rules_that_report_an_absence_run_only_on_a_whole_export()
    {
        var linter = new Linter([new TestRules.AbsenceRule()]);
        var input = SourceInput.InMemory("a.json", Encoding.UTF8.GetBytes(Good));

        Assert.Empty(linter.Lint([input], isWholeExport: false).Findings);
        Assert.Equal("1 documents.", Assert.Single(linter.Lint([input], isWholeExport: true).Findings).Message);
    }

    [Fact]
    public void Findings_are_sorted_by_file_then_position()
    {
        var result = Lint(("b.json", Good), ("a.json", "{}"), ("a.json", Good));
        Assert.Equal(["a.json JIT002", "a.json TST001", "b.json TST001"], result.Findings.Select(finding => $"{finding.Location.File.DisplayPath} {finding.Rule.Id}"));
    }

    [Fact]
    public void The_facts_of_a_list_response_share_one_copy_of_the_text_up_to_their_last_line()
    {
        const string list = "{ \"value\": [\r\n"
            + "  { \"@odata.type\": \"#microsoft.graph.iosGeneralDeviceConfiguration\", \"displayName\": \"A\" },\r\n"
            + "  { \"@odata.type\": \"#microsoft.graph.iosGeneralDeviceConfiguration\", \"displayName\": \"B\" }\r\n"
            + "],\r\n\"@odata.nextLink\": \"https://graph.microsoft.com/beta/next\" }\r\n";
        var documents = Lint(("list.json", list)).Tenant!.Documents;

        var texts = documents.Select(document => document.Anchor.File.Text!).Distinct().ToList();
        var text = Assert.Single(texts);
        Assert.Equal(list[..list.IndexOf("],", StringComparison.Ordinal)], text.ToString());
        Assert.Equal("\r\n", text.NewLine);
        Assert.Equal([new LinePosition(1, 2), new LinePosition(2, 2)], documents.Select(document => document.Anchor.LineSpan.Start));
    }

    [Fact]
    public void The_copy_reaches_the_last_protected_app_of_a_policy()
    {
        const string policy = "{ \"@odata.type\": \"#microsoft.graph.iosManagedAppProtection\",\n"
            + "  \"apps\": [\n"
            + "    { \"mobileAppIdentifier\": { \"bundleId\": \"com.contoso.a\" } },\n"
            + "    { \"mobileAppIdentifier\": { \"bundleId\": \"com.contoso.b\" } }\n"
            + "  ],\n  \"displayName\": \"P\" }\n";
        var document = Assert.Single(Lint(("policy.json", policy)).Tenant!.Documents);

        var text = document.Anchor.File.Text!;
        Assert.Equal(policy[..(policy.IndexOf("  ],", StringComparison.Ordinal))], text.ToString());
        Assert.Same(text, document.AppProtection!.Apps[1].Location.File.Text);
        Assert.Equal(new LinePosition(3, 43), document.AppProtection.Apps[1].Location.LineSpan.Start);
    }

    [Fact]
    public void Facts_on_the_last_line_keep_the_whole_text()
    {
        var document = Assert.Single(Lint(("one-line.json", Good)).Tenant!.Documents);
        Assert.Equal(Good, document.Anchor.File.Text!.ToString());
    }

    private static LintResult Lint(params (string Path, string Json)[] files) =>
        new Linter([new TestRules.DisplayNameRule()])
            .Lint([.. files.Select(file => SourceInput.InMemory(file.Path, Encoding.UTF8.GetBytes(file.Json)))], isWholeExport: false);
}
