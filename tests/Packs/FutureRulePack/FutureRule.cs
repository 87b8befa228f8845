using JitLint.Core.Model;
using JitLint.Core.Rules;

// A major version this JitLint does not provide.
[assembly: JitLintRuleApi("2.0")]

namespace FutureRulePack;

/// <summary>Never runs: the pack is refused before any rule is created.</summary>
public sealed class FutureRule() : DocumentRule(new RuleDescriptor(
    "FUT001", "Future", "Never run", "Never shown.", "A rule for a future rule API.", RuleCategory.Custom, Severity.Error, [PolicyKind.OtherGraphObject], []))
{
    public override IEnumerable<Finding> Analyze(PolicyDocument document) => [];
}
