using System.Text.Json.Nodes;
using System.Text;
using JitLint.Core.Configuration;
using JitLint.Core.Engine;
using JitLint.Core.Reporting;
using JitLint.Core.Rules;

namespace JitLint.Core.Tests;

public sealed class BaselineTests : IDisposable
{
    private const string A = """{ "@odata.type": "#microsoft.graph.iosGeneralDeviceConfiguration", "id": "1", "displayName": "A" }""";
    private const string B = """{ "@odata.type": "#microsoft.graph.iosGeneralDeviceConfiguration", "id": "2", "displayName": "B" }""";

    private readonly string path = Path.Combine(Path.GetTempPath(), $"jitlint-baseline-{Guid.NewGuid():N}.sarif");

    public void Dispose() => File.Delete(path);

    [Fact]
    public void Findings_in_the_baseline_are_unchanged_new_ones_new_and_gone_ones_absent()
    {
        var baseline = Record(("a.json", A), ("b.json", B));
        var result = baseline.Apply(Lint(("a.json", A), ("c.json", B.Replace("\"2\"", "\"3\"", StringComparison.Ordinal))));

        Assert.Equal([BaselineState.Unchanged, BaselineState.New], result.Findings.Select(finding => finding.BaselineState));
        Assert.Equal("TST001", Assert.Single(result.AbsentFromBaseline!).RuleId);
        Assert.Single(result.Active);
    }

    [Fact]
    public void Moving_an_object_to_another_file_and_adding_lines_above_keeps_it_unchanged()
    {
        var baseline = Record(("a.json", A));
        var result = baseline.Apply(Lint(("moved/renamed.json", "\n\n\n" + A.Replace("{ ", "{ \"description\": \"new\", ", StringComparison.Ordinal))));
        Assert.Equal(BaselineState.Unchanged, Assert.Single(result.Findings).BaselineState);
        Assert.Empty(result.AbsentFromBaseline!);
    }

    [Fact]
    public void Absent_results_are_written_to_sarif_with_their_state()
    {
        var result = Record(("a.json", A), ("b.json", B)).Apply(Lint(("a.json", A)));
        using var stream = new MemoryStream();
        SarifReporter.Write(result, new ReportContext([TestRules.Descriptor("TST001")], _ => null, "/repo", "1.0.0"), stream);
        var results = JsonNode.Parse(stream.ToArray())!["runs"]![0]!["results"]!.AsArray();
        Assert.Equal(["unchanged", "absent"], results.Select(entry => (string)entry!["baselineState"]!));
    }

    [Fact]
    public void A_file_that_is_not_sarif_is_a_clear_error()
    {
        File.WriteAllText(path, "{ \"not\": \"sarif\" }");
        var (baseline, error) = Baseline.Load(path);
        Assert.Null(baseline);
        Assert.StartsWith($"{path}: not a readable SARIF log (", error, StringComparison.Ordinal);
    }

    private Baseline Record(params (string Path, string Json)[] files)
    {
        using (var stream = File.Create(path))
        {
            SarifReporter.Write(Lint(files), new ReportContext([TestRules.Descriptor("TST001")], _ => null, "/repo", "1.0.0"), stream);
        }

        return Baseline.Load(path).Baseline!;
    }

    private static LintResult Lint(params (string Path, string Json)[] files) =>
        new Linter([new TestRules.DisplayNameRule()]).Lint([.. files.Select(file => SourceInput.InMemory(file.Path, Encoding.UTF8.GetBytes(file.Json)))], false);
}
