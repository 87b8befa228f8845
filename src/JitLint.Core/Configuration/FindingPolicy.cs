using JitLint.Core.Engine;
using JitLint.Core.Rules;

namespace JitLint.Core.Configuration;

/// <summary>
/// Applies a configuration to what the rules found: rules turned off, severity overrides and suppressions,
/// and reports the configuration's own dead weight (JIT004). Rules never see the configuration.
/// </summary>
public static class FindingPolicy
{
    /// <param name="knownRuleIds">Every rule ID this build knows, whether it ran or not.</param>
    /// <param name="lintedFiles">Full paths of the files linted: a suppression only goes stale where it could have matched.</param>
    public static LintResult Apply(LintResult result, LintConfiguration configuration, IReadOnlySet<string> knownRuleIds, IEnumerable<string> lintedFiles, DateOnly today)
    {
        var findings = new List<Finding>();
        // Only with suppressions: the relative path of every finding is not free on a large export.
        var suppressions = configuration.Suppressions.Count > 0 ? new SuppressionIndex(configuration, result.Findings) : null;
        var configurationFindings = ConfigurationFindings(configuration, knownRuleIds, lintedFiles, suppressions, today).ToList();
        foreach (var finding in result.Findings.Concat(configurationFindings))
        {
            if (configuration.IsOff(finding.Rule.Id))
            {
                continue;
            }

            var justification = suppressions?.JustificationFor(finding, today);
            var severity = configuration.SeverityOf(finding.Rule);
            findings.Add(severity == finding.Severity && justification == finding.SuppressionJustification
                ? finding
                : finding with { Severity = severity, SuppressionJustification = justification });
        }

        // The linter's findings arrive sorted and keep their order; only findings about the configuration need placing.
        return result with { Findings = configurationFindings.Count == 0 ? findings : FindingOrder.Sort(findings) };
    }

    private static IEnumerable<Finding> ConfigurationFindings(
        LintConfiguration configuration, IReadOnlySet<string> knownRuleIds, IEnumerable<string> lintedFiles, SuppressionIndex? suppressions, DateOnly today)
    {
        var unknownRules = configuration.Rules
            .Where(rule => !knownRuleIds.Contains(rule.RuleId))
            .Select(rule => Stale(configuration, rule.Location, rule.ConfigurationPointer, $"The rule ID \"{rule.RuleId}\"", "is not a rule JitLint knows"));
        var unknownSuppressions = configuration.Suppressions
            .Where(entry => !knownRuleIds.Contains(entry.RuleId))
            .Select(entry => Stale(configuration, entry.Location, entry.ConfigurationPointer, $"The suppression of \"{entry.RuleId}\"", "names a rule JitLint does not know"));
        // A suppression that matched no finding is stale only where it could have matched: the linted files are asked
        // about only for those, and only once.
        var lintedRelativePaths = new Lazy<HashSet<string>>(() => lintedFiles.Select(configuration.RelativePath).ToHashSet(StringComparer.Ordinal));
        var staleSuppressions = configuration.Suppressions
            .Where(entry => knownRuleIds.Contains(entry.RuleId) && suppressions?.MatchesAFinding(entry) == false)
            .Where(entry => suppressions!.CoversOneOf(entry, lintedRelativePaths.Value))
            .Select(entry => Stale(configuration, entry.Location, entry.ConfigurationPointer, $"The suppression of {entry.RuleId} for \"{entry.Files}\"", StaleReason(entry, today)));
        return unknownRules.Concat(unknownSuppressions).Concat(staleSuppressions);
    }

    private static string StaleReason(SuppressionEntry entry, DateOnly today) =>
        entry.IsExpired(today) ? "matched no finding and has expired" : "matched no finding";

    private static Finding Stale(LintConfiguration configuration, Location location, string pointer, string subject, string problem) =>
        new(EngineRules.StaleConfiguration, EngineRules.StaleConfiguration.DefaultSeverity,
            EngineRules.StaleConfiguration.FormatMessage(subject, problem), location, configuration.File!.DisplayPath, pointer);
}
