using JitLint.Core.Engine;
using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Testing;

namespace JitLint.Rules.Tests;

/// <summary>A run over a whole sample tenant with a rule made to throw still reports every other finding.</summary>
public sealed class EngineIsolationTests
{
    [Fact]
    public void A_throwing_rule_costs_only_its_own_findings()
    {
        var tenant = Path.Combine(RepositoryFiles.Root, "testdata", "tenants", "contoso");
        var inputs = SourceDiscovery.Discover(["."], tenant, tenant).Inputs;

        var expected = Run(BuiltInRules.All, inputs);
        var withThrowingRule = Run([.. BuiltInRules.All, new ThrowingRule()], inputs);

        Assert.Equal(expected, withThrowingRule.Where(finding => !finding.StartsWith("JIT003", StringComparison.Ordinal)));
        Assert.Equal(inputs.Count, withThrowingRule.Count(finding => finding.StartsWith("JIT003", StringComparison.Ordinal)));
    }

    private static List<string> Run(IEnumerable<Rule> rules, IReadOnlyList<SourceInput> inputs) =>
        [.. new Linter(rules).Lint(inputs, isWholeExport: true).Findings.Select(finding => $"{finding.Rule.Id} {finding.Location.File.DisplayPath}{finding.Location.LineSpan.Start}")];

    private sealed class ThrowingRule() : DocumentRule(new RuleDescriptor(
        "TST900", "Throwing", "Throw on every document", "Never reported.", "A rule that always throws.", RuleCategory.Engine, Severity.Error,
        Enum.GetValues<PolicyKind>(), ["test"]))
    {
        public override IEnumerable<Finding> Analyze(PolicyDocument document) => throw new InvalidOperationException("Broken on purpose.");
    }
}
