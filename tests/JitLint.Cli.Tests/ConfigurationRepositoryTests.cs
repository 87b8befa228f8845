using System.Text.Json.Nodes;

namespace JitLint.Cli.Tests;

/// <summary>A configuration repository as a team keeps it: the export under intune/, jitlint.json at the top.</summary>
public sealed class ConfigurationRepositoryTests : IDisposable
{
    private readonly TempDirectory repository = new();

    public ConfigurationRepositoryTests() => repository.CopyFrom("testdata/tenants/contoso");

    public void Dispose() => repository.Dispose();

    private string Tenant => "contoso";

    /// <summary>Every file of the sample tenant is one document.</summary>
    private int Files => Directory.GetFiles(Path.Combine(repository.Path, Tenant), "*.json", SearchOption.AllDirectories).Length;

    [Fact]
    public void Without_configuration_the_seeded_errors_fail_the_check() =>
        Assert.Equal(ExitCodes.FindingsReported, Check().ExitCode);

    [Fact]
    public void Turning_the_error_rules_off_leaves_a_warning_that_passes()
    {
        Configure("""{ "rules": { "JIT101": "off", "JIT103": "off", "JIT105": "off" } }""");
        var run = Check();
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.EndsWith($"1 finding (0 errors, 1 warning, 0 notes) in {Files} files, {Files} documents.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_comes_from_the_configuration_unless_the_command_line_says_otherwise()
    {
        Configure("""{ "rules": { "JIT101": "off", "JIT103": "off", "JIT105": "off" }, "failOn": "warning" }""");
        Assert.Equal(ExitCodes.FindingsReported, Check().ExitCode);
        Assert.Equal(ExitCodes.Success, Check("--fail-on", "error").ExitCode);
    }

    [Fact]
    public void A_suppression_with_a_reason_leaves_the_finding_out_and_counts_it()
    {
        Configure("""
            { "suppressions": [ { "rule": "JIT105", "files": "contoso/deviceConfigurations/iOS - SSO pilot.json", "justification": "Pilot ends in December" } ] }
            """);
        var run = Check();
        Assert.DoesNotContain("iOS - SSO pilot.json(", run.Output, StringComparison.Ordinal);
        Assert.EndsWith($"4 findings (3 errors, 1 warning, 0 notes) in {Files} files, {Files} documents; 1 suppressed.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_findings_reach_sarif_only_when_asked_for_with_their_justification()
    {
        Configure("""
            { "suppressions": [ { "rule": "JIT105", "files": "**/iOS - SSO pilot.json", "justification": "Pilot ends in December" } ] }
            """);
        Assert.Equal(4, Results(Check("--format", "sarif")).Count);

        var results = Results(Check("--format", "sarif", "--include-suppressed"));
        var suppressed = Assert.Single(results, result => result!["suppressions"] is not null)!;
        Assert.Equal("""[{"kind":"external","justification":"Pilot ends in December"}]""", suppressed["suppressions"]!.ToJsonString());
    }

    [Fact]
    public void A_baseline_lets_only_new_findings_fail_the_check()
    {
        Assert.Equal(ExitCodes.Success, CliRunner.RunIn(repository.Path, "baseline", Tenant, "--output", "baseline.sarif").ExitCode);

        var unchanged = Check("--baseline", "baseline.sarif");
        Assert.Equal(ExitCodes.Success, unchanged.ExitCode);
        Assert.Equal($"0 new findings (0 errors, 0 warnings, 0 notes) in {Files} files, {Files} documents; 5 unchanged and 0 fixed since the baseline.\n", unchanged.Output);

        var pilot = Path.Combine(repository.Path, Tenant, "deviceConfigurations", "iOS - SSO pilot.json");
        File.WriteAllText(pilot, File.ReadAllText(pilot).Replace("\"bundleIdAccessControlList\": []", "\"bundleIdAccessControlList\": [\"com.microsoft.azureauthenticator\"]", StringComparison.Ordinal));
        var added = Check("--baseline", "baseline.sarif", "--format", "sarif");
        Assert.Equal(ExitCodes.FindingsReported, added.ExitCode);
        Assert.Equal(["new", "unchanged", "unchanged", "unchanged", "unchanged", "unchanged"], Results(added).Select(result => (string)result!["baselineState"]!).Order());
    }

    [Fact]
    public void A_broken_configuration_is_a_usage_error_that_says_where()
    {
        Configure("{\n  \"rules\": { \"JIT101\": \"fatal\" }\n}");
        var run = Check();
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("jitlint: error: jitlint.json(2,14): /rules/JIT101: Value should match one of the values specified by the enum\n", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Init_writes_a_starter_configuration_that_loads_and_refuses_to_overwrite()
    {
        var first = CliRunner.RunIn(repository.Path, "init");
        Assert.Equal((ExitCodes.Success, "Wrote jitlint.json.\n"), (first.ExitCode, first.Output));
        Assert.Equal(ExitCodes.FindingsReported, Check().ExitCode);

        var second = CliRunner.RunIn(repository.Path, "init");
        Assert.Equal(ExitCodes.UsageError, second.ExitCode);
        Assert.Equal("jitlint: error: jitlint.json already exists; it was left as it is.\n", second.Error);
    }

    [Fact]
    public void Files_the_configuration_excludes_are_not_linted()
    {
        Configure("""{ "exclude": ["contoso/deviceConfigurations/**"] }""");
        var excluded = Directory.GetFiles(Path.Combine(repository.Path, Tenant, "deviceConfigurations"), "*.json").Length;
        var run = Check();
        Assert.DoesNotContain("contoso/deviceConfigurations/", run.Output, StringComparison.Ordinal);
        Assert.EndsWith($" in {Files - excluded} files, {Files - excluded} documents.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_on_the_command_line_that_the_configuration_excludes_is_not_linted()
    {
        Configure("""{ "exclude": ["contoso/deviceConfigurations/**"] }""");
        var run = CliRunner.RunIn(repository.Path, ["check", "contoso/deviceConfigurations/iOS - SSO pilot.json"]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.EndsWith("0 findings (0 errors, 0 warnings, 0 notes) in 0 files, 0 documents.\n", run.Output, StringComparison.Ordinal);
    }

    private CliRun Check(params string[] options) => CliRunner.RunIn(repository.Path, ["check", Tenant, .. options]);

    private void Configure(string json) => File.WriteAllText(Path.Combine(repository.Path, "jitlint.json"), json);

    private static List<JsonNode?> Results(CliRun run) => [.. JsonNode.Parse(run.Output)!["runs"]![0]!["results"]!.AsArray()];
}
