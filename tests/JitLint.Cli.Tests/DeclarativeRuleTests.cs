using System.Text.Json.Nodes;

namespace JitLint.Cli.Tests;

/// <summary>The example rule files of rules/examples, added to a small tenant's repository through jitlint.json alone.</summary>
public sealed class DeclarativeRuleTests : IDisposable
{
    private const string Sso = """
        {
          "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
          "id": "sso-1",
          "displayName": "iOS - SSO",
          "description": " ",
          "iosSingleSignOnExtension": {
            "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension",
            "bundleIdAccessControlList": ["com.microsoft.skydrive", "com.example.crm", "com.apple.mobilesafari", "com.example.notes"],
            "configurations": []
          }
        }
        """;

    private const string Restrictions = """
        {
          "@odata.type": "microsoft.graph.iosGeneralDeviceConfiguration",
          "id": "restrictions-1",
          "displayName": "iOS - Restrictions"
        }
        """;

    private const string Android = """
        {
          "@odata.type": "#microsoft.graph.androidGeneralDeviceConfiguration",
          "id": "android-1",
          "displayName": "Android - Restrictions"
        }
        """;

    private readonly TempDirectory repository = new();

    public DeclarativeRuleTests()
    {
        repository.CopyFrom("rules/examples");
        Write("intune/SSO.json", Sso);
        Write("intune/Restrictions.json", Restrictions);
        Write("intune/Android.json", Android);
    }

    public void Dispose() => repository.Dispose();

    [Fact]
    public void The_example_rules_report_each_failing_value_at_its_exact_position()
    {
        Configure("""{ "ruleFolders": ["examples"] }""");
        var run = Check("--format", "json");
        Assert.Equal(ExitCodes.FindingsReported, run.ExitCode);
        Assert.Equal(
            [
                "intune/Restrictions.json(1,1)-(1,2) warning ORG001 : The iOS device configuration needs a description that says what it is for: Required properties [\"description\"] are not present.",
                "intune/SSO.json(5,3)-(5,16) warning ORG001 /description: The iOS device configuration needs a description that says what it is for: The string value is not a match for the indicated regular expression.",
                "intune/SSO.json(8,61)-(8,78) error ORG002 /iosSingleSignOnExtension/bundleIdAccessControlList/1: \"com.example.crm\" at /iosSingleSignOnExtension/bundleIdAccessControlList/1 is not an approved app for the SSO extension's app list.",
                "intune/SSO.json(8,106)-(8,125) error ORG002 /iosSingleSignOnExtension/bundleIdAccessControlList/3: \"com.example.notes\" at /iosSingleSignOnExtension/bundleIdAccessControlList/3 is not an approved app for the SSO extension's app list.",
            ],
            Findings(run).Where(line => line.Contains(" ORG", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_declarative_rule_gets_severity_overrides_and_suppressions_like_a_built_in_rule()
    {
        Configure("""
            {
              "ruleFolders": ["examples"],
              "rules": { "ORG002": "note" },
              "suppressions": [ { "rule": "ORG001", "files": "intune/SSO.json", "justification": "Described in the wiki" } ]
            }
            """);
        var findings = Findings(Check("--format", "json")).Where(line => line.Contains(" ORG", StringComparison.Ordinal) || line.Contains("JIT004", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "intune/Restrictions.json(1,1)-(1,2) warning ORG001 ",
                "intune/SSO.json(5,3)-(5,16) warning ORG001 /description [suppressed]",
                "intune/SSO.json(8,61)-(8,78) note ORG002 /iosSingleSignOnExtension/bundleIdAccessControlList/1",
                "intune/SSO.json(8,106)-(8,125) note ORG002 /iosSingleSignOnExtension/bundleIdAccessControlList/3",
            ],
            findings.Select(line => line[..line.IndexOf(':', line.IndexOf(" ORG", StringComparison.Ordinal))] + (line.EndsWith("[suppressed]", StringComparison.Ordinal) ? " [suppressed]" : "")));
    }

    [Fact]
    public void A_baseline_makes_declarative_findings_unchanged()
    {
        Configure("""{ "ruleFolders": ["examples"] }""");
        Assert.Equal(ExitCodes.Success, CliRunner.RunIn(repository.Path, "baseline", "intune", "--output", "baseline.sarif").ExitCode);
        var run = Check("--format", "json", "--baseline", "baseline.sarif");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.All(JsonNode.Parse(run.Output)!["findings"]!.AsArray(), finding => Assert.Equal("unchanged", (string?)finding!["baselineState"]));
    }

    [Fact]
    public void Sarif_lists_the_rule_folder_as_a_tool_extension_and_results_reference_it()
    {
        Configure("""{ "ruleFolders": ["examples"] }""");
        var run = JsonNode.Parse(Check("--format", "sarif").Output)!["runs"]![0]!;
        var extension = Assert.Single(run["tool"]!["extensions"]!.AsArray())!;
        Assert.Equal("examples", (string?)extension["name"]);
        Assert.Equal(["ORG001", "ORG002"], extension["rules"]!.AsArray().Select(rule => (string?)rule!["id"]));
        Assert.Equal("https://contoso.example/intune/standards#sso-app-list", (string?)extension["rules"]![1]!["helpUri"]);
        Assert.DoesNotContain(run["tool"]!["driver"]!["rules"]!.AsArray(), rule => ((string?)rule!["id"])!.StartsWith("ORG", StringComparison.Ordinal));

        var result = run["results"]!.AsArray().First(result => (string?)result!["ruleId"] == "ORG002")!;
        Assert.Null(result["ruleIndex"]);
        Assert.Equal("""{"index":1,"toolComponent":{"name":"examples","index":0}}""", result["rule"]!.ToJsonString());
        Assert.Equal(8, (int?)result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]);
        Assert.Equal(61, (int?)result["locations"]![0]!["physicalLocation"]!["region"]!["startColumn"]);
    }

    [Fact]
    public void Rules_lists_declarative_rules_with_their_file()
    {
        Configure("""{ "ruleFolders": ["examples"] }""");
        var run = CliRunner.RunIn(repository.Path, "rules");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("\nORG002  error     Custom               examples/ORG002-sso-allowed-bundle-ids.json         List only approved apps in the SSO extension app list\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("\nJIT101  error     SSO extension   yes  built-in                                            Remove Microsoft Authenticator", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_shows_a_declarative_rule_with_its_help_and_source()
    {
        Configure("""{ "ruleFolders": ["examples"] }""");
        var run = CliRunner.RunIn(repository.Path, "explain", "org002");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            """
            # ORG002: List only approved apps in the SSO extension app list

            Only the apps the identity team approved may use the Entra ID SSO app extension without prompting.

            Severity: error. Source: examples/ORG002-sso-allowed-bundle-ids.json.
            More: https://contoso.example/intune/standards#sso-app-list

            """.ReplaceLineEndings("\n"),
            run.Output);
        Assert.Contains("\n\nWrite what the profile is for, who it targets", CliRunner.RunIn(repository.Path, "explain", "ORG001").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_rule_file_stops_the_run_with_its_position()
    {
        Configure("""{ "ruleFolders": ["examples"] }""");
        Write("examples/BAD.json", """
            {
              "id": "JIT999",
              "title": "Broken",
              "message": "Broken.",
              "severity": "fatal",
              "help": "None.",
              "appliesTo": { "odataTypes": ["#microsoft.graph.iosDeviceFeaturesConfiguration"] },
              "condition": { "type": 5 }
            }
            """);
        var run = Check();
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(
            """
            jitlint: error: examples/BAD.json(2,3): /id: The string value is not a match for the indicated regular expression
            jitlint: error: examples/BAD.json(5,3): /severity: Value should match one of the values specified by the enum
            jitlint: error: examples/BAD.json(8,18): /condition/type: Value is "integer" but should be "array"
            jitlint: error: examples/BAD.json(8,18): /condition/type: Value should match one of the values specified by the enum

            """.ReplaceLineEndings("\n"),
            run.Error);
    }

    [Fact]
    public void A_rule_file_without_help_is_an_error()
    {
        Configure("""{ "ruleFolders": ["examples"] }""");
        Write("examples/ORG003.json", """
            {
              "id": "ORG003",
              "title": "Say nothing",
              "message": "Nothing.",
              "severity": "note",
              "appliesTo": { "odataTypes": ["#microsoft.graph.iosDeviceFeaturesConfiguration"] },
              "condition": true
            }
            """);
        var run = Check();
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("jitlint: error: examples/ORG003.json(1,1): the rule needs \"helpUri\", \"help\" or both, so that a finding can say how to fix it\n", run.Error);
    }

    [Fact]
    public void Only_real_failures_are_findings_not_the_branches_of_passing_anyOf_if_and_not()
    {
        Configure("""{ "ruleFolders": ["applicators"] }""");
        Write("applicators/ORG010.json", """
            {
              "id": "ORG010",
              "title": "Combine conditions",
              "message": "{pointer}: {error}",
              "severity": "error",
              "help": "None.",
              "appliesTo": { "odataTypes": ["#microsoft.graph.iosGeneralDeviceConfiguration"] },
              "condition": {
                "properties": { "displayName": { "maxLength": 5 } },
                "anyOf": [ { "required": ["missing"] }, { "required": ["id"] } ],
                "if": { "properties": { "id": { "const": "other" } } },
                "then": { "required": ["missing"] },
                "not": { "required": ["missing"] }
              }
            }
            """);
        Assert.Equal(
            "intune/Restrictions.json(4,3)-(4,16) error ORG010 /displayName: /displayName: Value should be at most 5 characters.",
            Assert.Single(Findings(Check("--format", "json")), line => line.Contains(" ORG", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_failing_anyOf_reports_every_branch_and_a_failing_not_reports_itself()
    {
        Configure("""{ "ruleFolders": ["applicators"] }""");
        Write("applicators/ORG011.json", """
            {
              "id": "ORG011",
              "title": "Combine conditions",
              "message": "{error}",
              "severity": "error",
              "help": "None.",
              "appliesTo": { "odataTypes": ["#microsoft.graph.iosGeneralDeviceConfiguration"] },
              "condition": {
                "anyOf": [ { "required": ["a"] }, { "required": ["b"] } ],
                "not": { "required": ["id"] }
              }
            }
            """);
        Assert.Equal(
            "intune/Restrictions.json(1,1)-(1,2) error ORG011 : Required properties [\"a\"] are not present. Required properties [\"b\"] are not present. The value matches the schema under \"not\", which it must not.",
            Assert.Single(Findings(Check("--format", "json")), line => line.Contains(" ORG", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_missing_rule_folder_and_a_duplicate_rule_id_are_errors()
    {
        Configure("""
            {
              "ruleFolders": ["examples", "more", "missing"]
            }
            """);
        Write("more/ORG001.json", File.ReadAllText(Path.Combine(repository.Path, "examples", "ORG001-ios-configuration-description.json")));
        var run = Check();
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal(
            """
            jitlint: error: jitlint.json(2,39): the rule folder "missing" does not exist
            jitlint: error: more/ORG001.json: the rule ID "ORG001" is already used by examples/ORG001-ios-configuration-description.json

            """.ReplaceLineEndings("\n"),
            run.Error);
    }

    [Fact]
    public void A_rule_whose_condition_fails_to_evaluate_is_isolated_as_JIT003()
    {
        Configure("""{ "ruleFolders": ["broken"] }""");
        Write("broken/ORG900.json", """
            {
              "id": "ORG900",
              "title": "Refer to a schema that is not there",
              "message": "Never shown.",
              "severity": "error",
              "help": "None.",
              "appliesTo": { "odataTypes": ["#microsoft.graph.iosGeneralDeviceConfiguration"] },
              "condition": { "$ref": "https://schemas.example/missing.json" }
            }
            """);
        var finding = Assert.Single(Findings(Check("--format", "json")), line => line.Contains(" JIT003 ", StringComparison.Ordinal) || line.Contains(" ORG", StringComparison.Ordinal));
        Assert.StartsWith("intune/Restrictions.json(1,1)-(1,2) warning JIT003 : Rule ORG900 failed on this document with ", finding, StringComparison.Ordinal);
    }

    private void Configure(string json) => Write("jitlint.json", json);

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(repository.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private CliRun Check(params string[] options) => CliRunner.RunIn(repository.Path, ["check", "intune", "--scope", "files", .. options]);

    /// <summary>Each finding of a JSON report as "path(start)-(end) severity rule pointer: message [suppressed]".</summary>
    private static IEnumerable<string> Findings(CliRun run) =>
        JsonNode.Parse(run.Output)!["findings"]!.AsArray().Select(finding =>
            $"{finding!["path"]}({finding["startLine"]},{finding["startColumn"]})-({finding["endLine"]},{finding["endColumn"]}) {finding["severity"]} {finding["ruleId"]} {finding["pointer"]}: {finding["message"]}"
            + (finding["suppressed"] is null ? "" : " [suppressed]"));
}
