using System.Text.Json.Nodes;

namespace JitLint.Cli.Tests;

public sealed class CommandLineTests
{
    private const string Contoso = "testdata/tenants/contoso";

    [Theory]
    [InlineData("none", ExitCodes.Success)]
    [InlineData("error", ExitCodes.FindingsReported)]
    [InlineData("note", ExitCodes.FindingsReported)]
    public void Fail_on_sets_the_threshold_of_the_exit_code(string failOn, int exitCode) =>
        Assert.Equal(exitCode, CliRunner.Run("check", Contoso, "--fail-on", failOn).ExitCode);

    [Theory]
    [InlineData("error", ExitCodes.Success)]
    [InlineData("warning", ExitCodes.FindingsReported)]
    public void A_warning_fails_only_a_warning_threshold(string failOn, int exitCode)
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "sso.json");
        File.WriteAllText(file, """
            { "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
              "iosSingleSignOnExtension": { "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension",
                "configurations": [ { "@odata.type": "#microsoft.graph.keyStringValuePair", "key": "device_registration", "value": "{{DEVICEREGISTRATION}}" } ] } }
            """);

        var run = CliRunner.Run("check", file, "--fail-on", failOn);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.EndsWith("1 finding (0 errors, 1 warning, 0 notes) in 1 file, 1 document.\n", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--no-such-option")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_with_2_and_say_why(params string[] args)
    {
        var run = CliRunner.Run(args);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith("jitlint: ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("Run 'jitlint --help' for usage.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error_but_the_other_paths_are_still_linted()
    {
        var run = CliRunner.Run("check", "no/such/dir", Contoso, "--fail-on", "none");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("jitlint: error: no such file or directory: no/such/dir\n", run.Error);
        Assert.EndsWith("5 findings (4 errors, 1 warning, 0 notes) in 16 files, 16 documents.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_file_is_written_whole_and_the_summary_printed()
    {
        using var temp = new TempDirectory();
        var report = Path.Combine(temp.Path, "reports", "jitlint.sarif");
        var run = CliRunner.Run("check", Contoso, "--format", "sarif", "--output", report);

        Assert.Equal(ExitCodes.FindingsReported, run.ExitCode);
        Assert.Equal($"5 findings (4 errors, 1 warning, 0 notes) in 16 files, 16 documents. Report written to {report}.\n", run.Output);
        Assert.Equal(["jitlint.sarif"], Directory.GetFiles(Path.GetDirectoryName(report)!).Select(Path.GetFileName));
        Assert.Contains("\"ruleId\":\"JIT101\"", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jitlint/contoso", "jitlint/contoso/")]
    [InlineData("jitlint/", "jitlint/")]
    public void Category_sets_the_sarif_automation_id_that_code_scanning_reads_the_category_from(string category, string id)
    {
        var run = CliRunner.Run("check", Contoso, "--format", "sarif", "--category", category);
        Assert.Equal(ExitCodes.FindingsReported, run.ExitCode);
        Assert.Equal($$"""{"id":"{{id}}"}""", JsonNode.Parse(run.Output)!["runs"]![0]!["automationDetails"]!.ToJsonString());
    }

    [Fact]
    public void Without_a_category_the_sarif_has_no_automation_details() =>
        Assert.Null(JsonNode.Parse(CliRunner.Run("check", Contoso, "--format", "sarif").Output)!["runs"]![0]!["automationDetails"]);

    [Fact]
    public void An_empty_category_is_a_usage_error()
    {
        var run = CliRunner.Run("check", Contoso, "--format", "sarif", "--category", " ");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("jitlint: --category needs a non-empty value, such as jitlint/intune.\nRun 'jitlint --help' for usage.\n", run.Error);
    }

    [Fact]
    public void Rules_lists_every_rule_in_id_order()
    {
        var run = CliRunner.Run("rules");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            ["ID", .. Rules.BuiltInRules.Descriptors.Select(rule => rule.Id).Order(StringComparer.Ordinal)],
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')[0]));
        Assert.Contains("JIT101  error     SSO extension   yes  built-in  Remove Microsoft Authenticator from the SSO extension app list\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_as_markdown_link_each_rule_to_its_page_and_escape_titles()
    {
        var run = CliRunner.Run("rules", "--format", "markdown");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("# JitLint rules\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("\n| ID | Severity | Area | Fix | Title |\n|---|---|---|---|---|\n| [JIT001](https://github.com/jitlint/jitlint/blob/main/rules/docs/JIT001.md) | error | Engine |  | Fix JSON that does not parse or decode |\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("\n| [JIT103](https://github.com/jitlint/jitlint/blob/main/rules/docs/JIT103.md) | error | SSO extension | safe | Add the device\\_registration key to the SSO extension |\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(Rules.BuiltInRules.Descriptors.Count, run.Output.Split('\n').Count(line => line.StartsWith("| [JIT", StringComparison.Ordinal)));
    }

    [Fact]
    public void Docs_rules_md_is_the_current_output_of_rules_as_markdown()
    {
        var page = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "rules.md")).ReplaceLineEndings("\n");
        Assert.True(
            page == CliRunner.Run("rules", "--format", "markdown").Output,
            "docs/rules.md is out of date: run 'dotnet run --project src/JitLint.Cli -- rules --format markdown > docs/rules.md'.");
    }

    [Fact]
    public void Explain_prints_the_rule_page()
    {
        var run = CliRunner.Run("explain", "jit101");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "rules/docs/JIT101.md")), run.Output);
    }

    [Fact]
    public void Explain_of_an_unknown_id_is_a_usage_error()
    {
        var run = CliRunner.Run("explain", "JIT999");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("jitlint: error: unknown rule ID 'JIT999'. Run 'jitlint rules' to list them.\n", run.Error);
    }

    [Fact]
    public void Version_prints_the_semantic_version()
    {
        var run = CliRunner.Run("--version");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("0.1.0\n", run.Output);
    }
}
