using System.Text.Json;
using System.Text.Json.Nodes;

namespace JitLint.Cli.Tests;

/// <summary>The sample rule pack rules/samples/ContosoRulePack, added to a repository through jitlint.json alone.</summary>
public sealed class RulePackTests : IDisposable
{
    private readonly TempDirectory repository = new();

    public RulePackTests()
    {
        Write("repo/intune/Office.json", """
            {
              "@odata.type": "#microsoft.graph.iosManagedAppProtection",
              "id": "app-1",
              "displayName": "iOS - Protect Office",
              "description": ""
            }
            """);
        Write("repo/intune/Teams.json", """
            {
              "@odata.type": "#microsoft.graph.iosManagedAppProtection",
              "id": "app-2",
              "displayName": "iOS - Protect Teams"
            }
            """);
        Write("repo/intune/Frontline.json", """
            {
              "@odata.type": "#microsoft.graph.iosManagedAppProtection",
              "id": "app-3",
              "displayName": "iOS - Frontline",
              "description": "Teams and Outlook for frontline staff"
            }
            """);
    }

    private static string PackPath { get; } = BuiltPack(Path.Combine("rules", "samples", "ContosoRulePack"));

    public void Dispose() => repository.Dispose();

    [Fact]
    public void The_sample_pack_reports_at_exact_positions()
    {
        Configure(PackPath);
        var run = Check("--format", "json");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            [
                "intune/Office.json(5,3) warning CON001 /description: The app protection policy \"iOS - Protect Office\" has no description; say which apps and users it protects.",
                "intune/Teams.json(1,1) warning CON001 : The app protection policy \"iOS - Protect Teams\" has no description; say which apps and users it protects.",
            ],
            JsonNode.Parse(run.Output)!["findings"]!.AsArray().Select(finding =>
                $"{finding!["path"]}({finding["startLine"]},{finding["startColumn"]}) {finding["severity"]} {finding["ruleId"]} {finding["pointer"]}: {finding["message"]}"));
    }

    [Fact]
    public void Pack_rules_take_severity_overrides()
    {
        Configure(PackPath, """, "rules": { "CON001": "error" }""");
        Assert.Equal(ExitCodes.FindingsReported, Check().ExitCode);
    }

    [Fact]
    public void Sarif_lists_the_pack_as_a_versioned_tool_extension()
    {
        Configure(PackPath);
        var run = JsonNode.Parse(Check("--format", "sarif").Output)!["runs"]![0]!;
        var extension = Assert.Single(run["tool"]!["extensions"]!.AsArray())!;
        Assert.Equal("ContosoRulePack", (string?)extension["name"]);
        Assert.Equal("0.1.0", (string?)extension["semanticVersion"]);
        Assert.Equal("https://contoso.example/intune/standards#app-protection", (string?)extension["rules"]![0]!["helpUri"]);
        Assert.All(run["results"]!.AsArray(), result => Assert.Equal("""{"index":0,"toolComponent":{"name":"ContosoRulePack","index":0}}""", result!["rule"]!.ToJsonString()));
    }

    [Fact]
    public void Rules_lists_pack_rules_with_the_pack_path()
    {
        Configure("../pack/ContosoRulePack.dll");
        CopyPackTo("pack");
        var run = CliRunner.RunIn(Path.Combine(repository.Path, "repo"), "rules");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("\nCON001  warning   Custom               ../pack/ContosoRulePack.dll  Describe every app protection policy\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_that_is_not_a_rule_pack_and_a_missing_pack_are_errors()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "DiffPlex.dll"), Path.Combine(repository.Path, "repo", "DiffPlex.dll"));
        Write("repo/jitlint.json", """{ "rulePacks": ["DiffPlex.dll", "missing.dll"] }""");
        var run = Check();
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(
            """
            jitlint: error: jitlint.json(1,17): the rule pack "DiffPlex.dll" does not declare the rule API version it was built for: add [assembly: JitLintRuleApi("1.1")]
            jitlint: error: jitlint.json(1,33): the rule pack "missing.dll" does not exist

            """.ReplaceLineEndings("\n"),
            run.Error);
    }

    [Fact]
    public void A_pack_built_for_another_major_rule_api_version_is_refused()
    {
        Configure(BuiltPack(Path.Combine("tests", "Packs", "FutureRulePack")));
        var run = Check();
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.EndsWith("FutureRulePack.dll\" was built for rule API 2.0, but this JitLint provides rule API 1.1\n", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("jitlint: error: jitlint.json(1,17): the rule pack \"", run.Error, StringComparison.Ordinal);
    }

    /// <summary>A pack project's assembly as the build left it, in the test binaries' own configuration (Debug or Release).</summary>
    private static string BuiltPack(string projectFolder) => Path.Combine(
        CliRunner.RepositoryRoot, projectFolder, "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", Path.GetFileName(projectFolder) + ".dll");

    /// <summary>jitlint.json in repo/ with these packs and any other settings; the files to lint are in repo/intune.</summary>
    private void Configure(string packPath, string more = "") =>
        Write("repo/jitlint.json", $$"""{ "rulePacks": [{{JsonSerializer.Serialize(packPath)}}]{{more}} }""");

    private void CopyPackTo(string folder)
    {
        Directory.CreateDirectory(Path.Combine(repository.Path, folder));
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(PackPath)!))
        {
            File.Copy(file, Path.Combine(repository.Path, folder, Path.GetFileName(file)));
        }
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(repository.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private CliRun Check(params string[] options) => CliRunner.RunIn(Path.Combine(repository.Path, "repo"), ["check", "intune", "--scope", "files", .. options]);
}
