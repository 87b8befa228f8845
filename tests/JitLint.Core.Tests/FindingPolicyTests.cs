using System.Text;
using JitLint.Core.Configuration;
using JitLint.Core.Engine;
using JitLint.Core.Rules;

namespace JitLint.Core.Tests;

public sealed class FindingPolicyTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly IReadOnlySet<string> Known = new HashSet<string> { "TST001", "JIT004" };

    private readonly string directory = Directory.CreateTempSubdirectory("jitlint-policy-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_rule_turned_off_reports_nothing() =>
        Assert.Empty(Apply("""{ "rules": { "TST001": "off" } }""").Findings);

    [Fact]
    public void A_severity_override_changes_the_severity() =>
        Assert.Equal([Severity.Error, Severity.Error], Apply("""{ "rules": { "TST001": "error" } }""").Findings.Select(finding => finding.Severity));

    [Theory]
    [InlineData("""{ "rule": "TST001", "files": "intune/a.json", "justification": "Known" }""", "intune/a.json")]
    [InlineData("""{ "rule": "TST001", "files": "**/*.json", "displayName": "B", "justification": "Known" }""", "intune/b.json")]
    [InlineData("""{ "rule": "TST001", "files": "intune/**", "pointer": "/displayName", "displayName": "A", "justification": "Known" }""", "intune/a.json")]
    public void A_suppression_leaves_exactly_its_finding_out(string suppression, string suppressedFile)
    {
        var result = Apply($$"""{ "suppressions": [ {{suppression}} ] }""");
        var suppressed = Assert.Single(result.Findings, finding => finding.IsSuppressed);
        Assert.Equal(suppressedFile, suppressed.Location.File.DisplayPath);
        Assert.Equal("Known", suppressed.SuppressionJustification);
        Assert.Single(result.Active);
    }

    [Fact]
    public void The_first_suppression_that_holds_today_gives_the_justification()
    {
        var result = Apply("""
            {
              "suppressions": [
                { "rule": "TST001", "files": "intune/a.json", "justification": "Expired", "expires": "2026-01-01" },
                { "rule": "TST001", "files": "intune/*.json", "justification": "First" },
                { "rule": "TST001", "files": "**", "justification": "Second" }
              ]
            }
            """);
        Assert.Equal(["First", "First"], result.Findings.Select(finding => finding.SuppressionJustification));
    }

    [Fact]
    public void A_finding_about_the_configuration_can_be_suppressed()
    {
        var result = Apply("""
            {
              "rules": { "TST01": "off" },
              "suppressions": [ { "rule": "JIT004", "files": "jitlint.json", "justification": "Kept for the migration" } ]
            }
            """);
        Assert.Equal("Kept for the migration", Assert.Single(result.Findings, finding => finding.Rule.Id == "JIT004").SuppressionJustification);
    }

    [Fact]
    public void An_expired_suppression_lets_the_finding_come_back() =>
        Assert.Equal(2, Apply("""{ "suppressions": [ { "rule": "TST001", "files": "**", "justification": "Until the migration", "expires": "2026-11-29" } ] }""").Active.Count());

    [Fact]
    public void A_suppression_that_expires_today_still_applies() =>
        Assert.Empty(Apply("""{ "suppressions": [ { "rule": "TST001", "files": "**", "justification": "Until the migration", "expires": "2026-11-30" } ] }""").Active);

    [Fact]
    public void A_suppression_that_matches_nothing_is_jit004_at_the_suppression()
    {
        var result = Apply("""
            {
              "suppressions": [
                { "rule": "TST001", "files": "intune/**", "pointer": "/nope", "justification": "Old" }
              ]
            }
            """);
        var stale = Assert.Single(result.Findings, finding => finding.Rule.Id == "JIT004");
        Assert.Equal("jitlint.json(3,5)", $"{stale.Location.File.DisplayPath}{stale.Location.LineSpan.Start}");
        Assert.Equal("The suppression of TST001 for \"intune/**\" in the configuration matched no finding; remove or correct it.", stale.Message);
    }

    [Fact]
    public void A_suppression_for_files_that_were_not_linted_is_not_stale() =>
        Assert.DoesNotContain(
            Apply("""{ "suppressions": [ { "rule": "TST001", "files": "other/**", "justification": "Old" } ] }""").Findings,
            finding => finding.Rule.Id == "JIT004");

    [Fact]
    public void Unknown_rule_ids_are_jit004_at_their_key()
    {
        var result = Apply("{\n  \"rules\": { \"TST01\": \"off\" },\n  \"suppressions\": [ { \"rule\": \"XYZ9\", \"files\": \"**\", \"justification\": \"x\" } ]\n}");
        Assert.Equal(
            ["jitlint.json(2,14) The rule ID \"TST01\" in the configuration is not a rule JitLint knows; remove or correct it.",
             "jitlint.json(3,21) The suppression of \"XYZ9\" in the configuration names a rule JitLint does not know; remove or correct it."],
            result.Findings.Where(finding => finding.Rule.Id == "JIT004").Select(finding => $"{finding.Location.File.DisplayPath}{finding.Location.LineSpan.Start} {finding.Message}"));
    }

    private LintResult Apply(string configurationJson)
    {
        var configurationPath = Path.Combine(directory, LintConfiguration.FileName);
        File.WriteAllText(configurationPath, configurationJson);
        var configuration = ConfigurationLoader.Load(configurationPath, directory).Configuration!;
        var inputs = new[] { Input("intune/a.json", "A"), Input("intune/b.json", "B") };
        var result = new Linter([new TestRules.DisplayNameRule()]).Lint(inputs, false);
        return FindingPolicy.Apply(result, configuration, Known, inputs.Select(input => input.FullPath), Today);
    }

    private SourceInput Input(string path, string displayName) => new(
        Path.Combine(directory, path),
        path,
        Encoding.UTF8.GetBytes($$"""{ "@odata.type": "#microsoft.graph.iosGeneralDeviceConfiguration", "displayName": "{{displayName}}" }"""));
}
