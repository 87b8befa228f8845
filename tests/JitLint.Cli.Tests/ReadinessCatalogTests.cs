using JitLint.Core.Reporting.Readiness;
using JitLint.Core.Rules;
using JitLint.Rules;

namespace JitLint.Cli.Tests;

/// <summary>The checklist names rules by ID; these keep it in step with the rule pack.</summary>
public sealed class ReadinessCatalogTests
{
    [Fact]
    public void Every_rule_behind_a_checklist_line_exists()
    {
        var known = BuiltInRules.Descriptors.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(JitPrerequisites.All.SelectMany(prerequisite => prerequisite.AllRuleIds), id => Assert.Contains(id, known));
    }

    [Fact]
    public void Every_built_in_rule_outside_the_engine_is_behind_exactly_one_line()
    {
        var behind = JitPrerequisites.All.SelectMany(prerequisite => prerequisite.AllRuleIds).ToList();
        var rules = BuiltInRules.Descriptors.Where(rule => rule.Category != RuleCategory.Engine).Select(rule => rule.Id).ToList();
        // JIT100 gates the second line as well as failing the first; every other rule belongs to one line.
        Assert.Equal(rules, behind.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.Equal(["JIT100"], behind.GroupBy(id => id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key));
    }
}
