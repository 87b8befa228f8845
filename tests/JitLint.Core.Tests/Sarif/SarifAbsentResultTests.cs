using System.Text;
using JitLint.Core.Engine;
using JitLint.Core.Reporting;
using JitLint.Core.Rules;

namespace JitLint.Core.Tests.Sarif;

/// <summary>A result gone since the baseline is copied as the baseline has it, whoever wrote the baseline.</summary>
public sealed class SarifAbsentResultTests
{
    private static readonly RuleDescriptor Rule = TestRules.Descriptor("TST004");

    [Fact]
    public void A_pretty_printed_result_is_copied_on_one_line_with_its_order_escapes_and_unknown_properties()
    {
        const string baseline = """
            {
              "message": { "text": "a\ud800b \u00e9 \"q\"" },
              "baselineState": "new",
              "ruleId": "TST004",
              "ruleIndex": 9,
              "foo": [1, 2.50, "x y"],
              "\ud800\u00e9": true,
              "fixes": [],
              "properties": { "k": 1e2 }
            }
            """;
        Assert.Equal(
            """{"message":{"text":"a\ud800b \u00e9 \"q\""},"ruleId":"TST004","ruleIndex":0,"foo":[1,2.50,"x y"],"\ud800\u00e9":true,"baselineState":"absent","fixes":[],"properties":{"k":1e2}}""",
            AbsentLine(new BaselineResult("f", "TST004", baseline)));
    }

    [Fact]
    public void A_result_of_a_rule_that_is_gone_loses_its_rule_index()
    {
        Assert.Equal(
            """{"ruleId":"GONE01","message":{"text":"Gone."},"baselineState":"absent"}""",
            AbsentLine(new BaselineResult("f", "GONE01", """{"ruleId":"GONE01","ruleIndex":3,"message":{"text":"Gone."}}""")));
    }

    [Fact]
    public void A_result_of_a_plug_in_rule_points_at_its_extension()
    {
        var plugIn = new RuleDescriptor("ORG001", "Org", "Org rule", "Org.", "An organisation rule.", RuleCategory.Custom, Severity.Note, [], []);
        var context = new ReportContext([Rule], _ => null, "/work/repo", "1.0.0") { Extensions = [new RuleExtension("Pack", "1.0.0", [plugIn])] };
        Assert.Equal(
            """{"ruleId":"ORG001","rule":{"index":0,"toolComponent":{"name":"Pack","index":0}},"baselineState":"absent"}""",
            AbsentLine(new BaselineResult("f", "ORG001", """{"ruleId":"ORG001","ruleIndex":0}"""), context));
    }

    private static string AbsentLine(BaselineResult absent, ReportContext? context = null)
    {
        using var stream = new MemoryStream();
        SarifReporter.Write(new LintResult([], 0, 0, [absent]), context ?? new ReportContext([Rule], _ => null, "/work/repo", "1.0.0"), stream);
        return Encoding.UTF8.GetString(stream.ToArray()).Split('\n').Single(line => line.Contains("\"absent\"", StringComparison.Ordinal)).Trim();
    }
}
