using System.Text.Json;

namespace JitLint.Cli.Tests;

/// <summary>
/// One logical tenant written by each export tool (testdata/layouts): the same findings on the same objects,
/// except where a tool cannot export an object kind at all.
/// </summary>
public sealed class ExportLayoutTests
{
    private const string Layouts = "testdata/layouts";

    [Theory]
    [InlineData("graph", new string[0], new string[0])]
    // IntuneManagement does not export ADE profiles, so the enrollment half cannot be checked (JIT300).
    [InlineData("intunemanagement", new[] { "JIT300" }, new string[0])]
    [InlineData("intunecd", new string[0], new string[0])]
    // IntuneBackupAndRestore exports no ADE profiles (JIT300), no app configurations (JIT400 says so) and no CA policies.
    [InlineData("intunebackupandrestore", new[] { "JIT300", "JIT400" }, new[] { "JIT501" })]
    public void Every_layout_gives_the_graph_findings_on_the_same_objects(string layout, string[] addedByOmissions, string[] lostWithOmissions)
    {
        var expected = Findings("graph").Where(finding => !lostWithOmissions.Contains(finding.Rule)).Select(finding => finding.ToString());
        var actual = Findings(layout).Where(finding => !addedByOmissions.Contains(finding.Rule)).Select(finding => finding.ToString());
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.Equal(addedByOmissions, Findings(layout).Select(finding => finding.Rule).Where(addedByOmissions.Contains).Order(StringComparer.Ordinal));
    }

    private static List<(string Rule, string? Object)> Findings(string layout)
    {
        var run = CliRunner.Run("check", $"{Layouts}/{layout}", "--format", "json", "--fail-on", "none");
        using var report = JsonDocument.Parse(run.Output);
        return [.. report.RootElement.GetProperty("findings").EnumerateArray().Select(finding =>
            (finding.GetProperty("ruleId").GetString()!, finding.TryGetProperty("object", out var name) ? name.GetString() : null))];
    }
}
