using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace JitLint.Cli.Tests;

/// <summary>End to end: the real CLI over the bundled sample tenants, compared with committed snapshots.</summary>
public sealed class SampleTenantTests
{
    private const string Contoso = "testdata/tenants/contoso";
    private const string ContosoClean = "testdata/tenants/contoso-clean";

    [Fact]
    public void Readme_command_prints_the_seeded_findings()
    {
        var run = CliRunner.Run("check", Contoso);
        Assert.Equal(ExitCodes.FindingsReported, run.ExitCode);
        Snapshot.Match(run.Output);
    }

    [Fact]
    public void Sarif_of_the_sample_tenant_matches_the_snapshot()
    {
        var run = CliRunner.Run("check", Contoso, "--format", "sarif");
        Assert.Equal(ExitCodes.FindingsReported, run.ExitCode);
        Snapshot.Match(WithoutMachinePaths(run.Output));
    }

    [Fact]
    public void Markdown_of_the_sample_tenant_matches_the_snapshot()
    {
        var run = CliRunner.Run("check", Contoso, "--format", "markdown");
        Assert.Equal(ExitCodes.FindingsReported, run.ExitCode);
        Assert.Equal("5 findings (4 errors, 1 warning, 0 notes) in 16 files, 16 documents.\n", run.Error);
        Snapshot.Match(run.Output);
    }

    [Fact]
    public void Html_of_the_sample_tenant_matches_the_snapshot()
    {
        var run = CliRunner.Run("check", Contoso, "--format", "html");
        Assert.Equal(ExitCodes.FindingsReported, run.ExitCode);
        Snapshot.Match(run.Output);
    }

    [Fact]
    public void The_clean_tenant_has_no_findings()
    {
        var run = CliRunner.Run("check", ContosoClean, "--format", "sarif");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(JObject.Parse(run.Output)["runs"]![0]!["results"]!);
        Assert.Equal("0 findings (0 errors, 0 warnings, 0 notes) in 16 files, 16 documents.\n", run.Error);
    }

    [Fact]
    public void A_utf16_crlf_copy_gives_the_same_findings_at_the_same_positions()
    {
        using var temp = new TempDirectory();
        var utf16 = temp.CopyFrom(Contoso, ToUtf16LittleEndianCrlf);
        Assert.Equal(Positions(CliRunner.Run("check", Contoso, "--root", Contoso, "--format", "json")), Positions(CliRunner.RunIn(utf16, "check", "--format", "json")));
    }

    [Fact]
    public void A_broken_file_among_good_ones_gives_jit001_and_the_good_files_are_still_reported()
    {
        using var temp = new TempDirectory();
        var tenant = temp.CopyFrom(Contoso);
        File.WriteAllText(Path.Combine(tenant, "broken.json"), "{\n  \"@odata.type\": \"#microsoft.graph.iosVppApp\",\n  \"displayName\": \"Broken\"\n  \"bundleId\": \"x\"\n}\n");

        var findings = Positions(CliRunner.RunIn(tenant, "check", "--format", "json"));

        Assert.Equal("JIT001 broken.json (4,3)-(4,4)", findings[0]);
        Assert.Equal(Positions(CliRunner.Run("check", Contoso, "--root", Contoso, "--format", "json")), findings.Skip(1).ToList());
    }

    [Fact]
    public void Linting_one_file_never_reports_an_absence_but_tenant_scope_does()
    {
        const string app = Contoso + "/mobileApps/Microsoft Authenticator.json";
        Assert.Equal(ExitCodes.Success, CliRunner.Run("check", app).ExitCode);

        var tenantRun = CliRunner.Run("check", app, "--scope", "tenant", "--format", "json");
        Assert.Equal(
            ["JIT100 testdata/tenants/contoso/mobileApps/Microsoft Authenticator.json (1,1)-(1,2)",
             "JIT300 testdata/tenants/contoso/mobileApps/Microsoft Authenticator.json (1,1)-(1,2)",
             "JIT500 testdata/tenants/contoso/mobileApps/Microsoft Authenticator.json (1,1)-(1,2)"],
            Positions(tenantRun));
    }

    private static List<string> Positions(CliRun run)
    {
        using var document = JsonDocument.Parse(run.Output);
        return [.. document.RootElement.GetProperty("findings").EnumerateArray().Select(finding =>
            $"{finding.GetProperty("ruleId").GetString()} {finding.GetProperty("path").GetString()} " +
            $"({finding.GetProperty("startLine")},{finding.GetProperty("startColumn")})-({finding.GetProperty("endLine")},{finding.GetProperty("endColumn")})")];
    }

    private static byte[] ToUtf16LittleEndianCrlf(byte[] utf8)
    {
        var text = Encoding.UTF8.GetString(utf8).ReplaceLineEndings("\r\n");
        return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
    }

    /// <summary>The source root is an absolute path of this machine; everything else in the log is stable.</summary>
    private static JObject WithoutMachinePaths(string sarif)
    {
        var log = JObject.Parse(sarif);
        log["runs"]![0]!["originalUriBaseIds"]!["%SRCROOT%"]!["uri"] = "file:///repository/";
        return log;
    }
}
