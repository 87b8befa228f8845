using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using JitLint.Core.Engine;
using JitLint.Core.Reporting;
using JitLint.Core.Rules;
using JitLint.Syntax.Text;

namespace JitLint.Core.Tests;

public sealed class SarifReporterTests
{
    private static readonly JsonSchema SarifSchema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sarif-2.1.0.json")));

    private static readonly RuleDescriptor FixingDescriptor = TestRules.Descriptor("TST004", "Remove {0}.");

    [Fact]
    public void Output_validates_against_the_sarif_2_1_0_schema()
    {
        var results = SarifSchema.Evaluate(JsonDocument.Parse(Write()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(detail => detail.Errors is not null).Select(detail => $"{detail.InstanceLocation}: {string.Join("; ", detail.Errors!.Values)}")));
    }

    [Fact]
    public void The_schema_check_is_not_vacuous()
    {
        var broken = JsonNode.Parse(Write())!;
        broken["runs"]![0]!["results"]![0]!["level"] = "critical";
        Assert.False(SarifSchema.Evaluate(JsonDocument.Parse(broken.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public void Results_have_relative_percent_encoded_uris_under_srcroot_and_utf16_regions()
    {
        var result = Run()["results"]![0]!;
        var location = result["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("dir/My%20Policy%20%28iOS%29.json", (string)location["artifactLocation"]!["uri"]!);
        Assert.Equal("%SRCROOT%", (string)location["artifactLocation"]!["uriBaseId"]!);
        Assert.Equal("""{"startLine":2,"startColumn":18,"endLine":2,"endColumn":27}""", location["region"]!.ToJsonString());
        Assert.Equal("TST004", (string)result["ruleId"]!);
        Assert.Equal(0, (int)result["ruleIndex"]!);
        Assert.Equal("warning", (string)result["level"]!);
        Assert.Equal("Remove Café 😀.", (string)result["message"]!["text"]!);
        Assert.Matches("^[0-9a-f]{32}$", (string)result["partialFingerprints"]!["jitlint/v1"]!);
    }

    [Fact]
    public void The_run_declares_the_source_root_and_column_kind()
    {
        var run = Run();
        Assert.Equal("utf16CodeUnits", (string)run["columnKind"]!);
        Assert.Equal(new Uri("/work/repo/", UriKind.Absolute).AbsoluteUri, (string)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!);
    }

    [Fact]
    public void Rules_carry_help_tags_and_severity_metadata()
    {
        var rule = Run()["tool"]!["driver"]!["rules"]![0]!;
        Assert.Equal("TST004", (string)rule["id"]!);
        Assert.Equal("TestTST004", (string)rule["name"]!);
        Assert.Equal("Test rule", (string)rule["shortDescription"]!["text"]!);
        Assert.Equal("A rule for tests.", (string)rule["fullDescription"]!["text"]!);
        Assert.Equal("# TST004 docs", (string)rule["help"]!["markdown"]!);
        Assert.Equal("https://github.com/jitlint/jitlint/blob/main/rules/docs/TST004.md", (string)rule["helpUri"]!);
        Assert.Equal("warning", (string)rule["defaultConfiguration"]!["level"]!);
        Assert.Equal("""{"tags":["Engine","test"],"precision":"very-high","problem.severity":"warning"}""", rule["properties"]!.ToJsonString());
    }

    [Fact]
    public void Fixes_become_sarif_fixes_with_line_column_regions()
    {
        var fix = Run()["results"]![0]!["fixes"]![0]!;
        Assert.Equal("Remove the value", (string)fix["description"]!["text"]!);
        var replacement = fix["artifactChanges"]![0]!["replacements"]![0]!;
        Assert.Equal("""{"startLine":2,"startColumn":18,"endLine":2,"endColumn":27}""", replacement["deletedRegion"]!.ToJsonString());
        Assert.Equal("\"\"", (string)replacement["insertedContent"]!["text"]!);
    }

    [Fact]
    public void Literal_braces_in_messages_are_doubled_as_sarif_requires()
    {
        var text = SourceText.From("{}");
        var file = new Model.SourceFile("/work/repo/a.json", "a.json", text);
        var finding = new Finding(FixingDescriptor, Severity.Warning, "Use {{DEVICEREGISTRATION}}.", Location.Create(file, new TextSpan(0, 1)), "id", "");
        using var stream = new MemoryStream();
        SarifReporter.Write(new LintResult([finding], 1, 1), new ReportContext([FixingDescriptor], _ => null, "/work/repo", "1.2.3"), stream);
        var result = JsonNode.Parse(stream.ToArray())!["runs"]![0]!["results"]![0]!;
        Assert.Equal("Use {{{{DEVICEREGISTRATION}}}}.", (string)result["message"]!["text"]!);
    }

    [Fact]
    public void Plug_in_rules_are_listed_in_tool_extensions_and_their_results_reference_them()
    {
        var plugin = new RuleDescriptor("ORG001", "Org", "Org rule", "Org {0}.", "An organisation rule.", RuleCategory.Custom, Severity.Error, [], []);
        var text = SourceText.From("{}");
        var file = new Model.SourceFile("/work/repo/a.json", "a.json", text);
        var finding = new Finding(plugin, Severity.Error, "Org.", Location.Create(file, new TextSpan(0, 1)), "id", "");
        var context = new ReportContext([FixingDescriptor], _ => null, "/work/repo", "1.2.3")
        {
            Extensions = [new RuleExtension("rules", null, []), new RuleExtension("ContosoRulePack", "2.1.0", [plugin])],
        };
        using var stream = new MemoryStream();
        SarifReporter.Write(new LintResult([finding], 1, 1), context, stream);

        var log = JsonNode.Parse(stream.ToArray())!;
        var run = log["runs"]![0]!;
        var extensions = run["tool"]!["extensions"]!.AsArray();
        Assert.Equal(["rules", "ContosoRulePack"], extensions.Select(extension => (string?)extension!["name"]));
        Assert.Null(extensions[0]!["semanticVersion"]);
        Assert.Equal("2.1.0", (string?)extensions[1]!["semanticVersion"]);
        var rule = Assert.Single(extensions[1]!["rules"]!.AsArray())!;
        Assert.Equal("ORG001", (string?)rule["id"]);
        Assert.Null(rule["helpUri"]);
        Assert.Equal("""{"text":"An organisation rule.","markdown":"An organisation rule."}""", rule["help"]!.ToJsonString());
        Assert.Equal("error", (string?)rule["defaultConfiguration"]!["level"]);
        var result = run["results"]![0]!;
        Assert.Equal("ORG001", (string?)result["ruleId"]);
        Assert.Null(result["ruleIndex"]);
        Assert.Equal("""{"index":0,"toolComponent":{"name":"ContosoRulePack","index":1}}""", result["rule"]!.ToJsonString());
        Assert.True(SarifSchema.Evaluate(JsonDocument.Parse(log.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public void Each_result_is_one_line_so_that_a_baseline_diffs_by_whole_lines()
    {
        var file = new Model.SourceFile("/work/repo/a.json", "a.json", SourceText.From("{\n}"));
        var span = new TextSpan(0, 1);
        var plain = new Finding(FixingDescriptor, Severity.Warning, "Plain.", Location.Create(file, span), "id", "/0");
        var fixable = plain with { Pointer = "/1", Fix = new Fix("Add a line", [new TextEdit(span, "{\n  \"a\": 1,\n")]) };
        var suppressed = plain with { Pointer = "/2", SuppressionJustification = "Known,\nand accepted." };
        var absent = new BaselineResult("f", "TST004", """{"ruleId":"TST004","message":{"text":"Gone."},"partialFingerprints":{"jitlint/v1":"f"}}""");
        using var stream = new MemoryStream();
        SarifReporter.Write(
            new LintResult([plain, fixable, suppressed], 1, 1, [absent]),
            new ReportContext([FixingDescriptor], _ => null, "/work/repo", "1.2.3"),
            stream,
            includeSuppressed: true);

        var sarif = Encoding.UTF8.GetString(stream.ToArray());
        var results = JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray();
        var lines = sarif.Split('\n').Where(line => line.Contains("\"ruleId\"", StringComparison.Ordinal)).Select(line => JsonNode.Parse(line.Trim().TrimEnd(','))).ToList();
        Assert.Equal(4, results.Count);
        Assert.Equal(results.Count, lines.Count);
        Assert.All(results.Zip(lines), pair => Assert.True(JsonNode.DeepEquals(pair.First, pair.Second)));
    }

    [Fact]
    public void Two_rules_with_one_id_are_refused_rather_than_referenced_ambiguously()
    {
        var context = new ReportContext([FixingDescriptor], _ => null, "/work/repo", "1.2.3")
        {
            Extensions = [new RuleExtension("Pack", "1.0.0", [FixingDescriptor])],
        };
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentException>(() => SarifReporter.Write(new LintResult([], 0, 0), context, stream));
    }

    private static JsonNode Run() => JsonNode.Parse(Write())!["runs"]![0]!;

    private static string Write()
    {
        var text = SourceText.From("{\n  \"displayName\": \"Café 😀\"\n}");
        var file = new Model.SourceFile("/work/repo/dir/My Policy (iOS).json", "dir/My Policy (iOS).json", text);
        var span = new TextSpan(19, Encoding.UTF8.GetByteCount("\"Café 😀\""));
        var finding = new Finding(
            FixingDescriptor, Severity.Warning, FixingDescriptor.FormatMessage("Café 😀"), Location.Create(file, span), "id", "/displayName",
            new Fix("Remove the value", [new TextEdit(span, "\"\"")]));
        var context = new ReportContext([FixingDescriptor], id => $"# {id} docs", "/work/repo", "1.2.3");
        using var stream = new MemoryStream();
        SarifReporter.Write(new LintResult([finding], 1, 1), context, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
