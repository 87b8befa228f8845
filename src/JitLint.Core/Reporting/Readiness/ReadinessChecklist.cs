using JitLint.Core.Engine;
using JitLint.Core.Rules;

namespace JitLint.Core.Reporting.Readiness;

/// <summary>
/// Turns the findings of a run into the JIT readiness checklist: one line per <see cref="JitPrerequisites"/>
/// entry. Findings unchanged since a baseline still fail a line: the baseline accepts them for the exit code,
/// but the tenant is no more ready for it. Suppressed findings do not fail a line; the reason says they exist.
/// </summary>
public static class ReadinessChecklist
{
    /// <param name="rulesOff">Rule IDs the configuration turns off: their silence proves nothing.</param>
    public static IReadOnlyList<ReadinessLine> Evaluate(LintResult result, IReadOnlySet<string> rulesOff) =>
        [.. JitPrerequisites.All.Select(prerequisite => Evaluate(prerequisite, result, rulesOff))];

    public static ReadinessLine Evaluate(Prerequisite prerequisite, LintResult result, IReadOnlySet<string> rulesOff)
    {
        var failing = Behind(prerequisite.RuleIds, result).Where(finding => !finding.IsSuppressed).ToList();
        if (failing.Count > 0)
        {
            return new(prerequisite, ReadinessStatus.Fail, $"{Count(failing.Count, "finding")}: {Ids(failing)}", failing);
        }

        // A gate finding counts even when suppressed: suppressing "no enrollment profile" does not add one.
        if (prerequisite.UncheckableWhen is { } gate && Behind([gate], result).Any())
        {
            return new(prerequisite, ReadinessStatus.NotCheckable, prerequisite.UncheckableReason ?? gate, []);
        }

        // A rule that failed (JIT003) found nothing, which proves nothing.
        var crashed = result.Findings.Where(finding => finding.FailedRuleId is { } id && prerequisite.AllRuleIds.Contains(id, StringComparer.Ordinal)).ToList();
        if (crashed.Count > 0)
        {
            var ids = string.Join(", ", crashed.Select(finding => finding.FailedRuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            return new(prerequisite, ReadinessStatus.NotCheckable, $"{ids} failed on some documents (JIT003)", crashed);
        }

        if (prerequisite.NeedsWholeExport && result.Tenant?.IsWholeExport != true)
        {
            return new(prerequisite, ReadinessStatus.NotCheckable, "not a whole export, so absences were not checked (lint the export directory, or use --scope tenant)", []);
        }

        var off = prerequisite.AllRuleIds.Where(rulesOff.Contains).ToList();
        if (off.Count == prerequisite.AllRuleIds.Count())
        {
            return new(prerequisite, ReadinessStatus.NotCheckable, $"{string.Join(", ", off)} turned off in the configuration", []);
        }

        var notes = new List<string>();
        var suppressed = Behind(prerequisite.AllRuleIds, result).Where(finding => finding.IsSuppressed).ToList();
        if (suppressed.Count > 0)
        {
            notes.Add($"{suppressed.Count} suppressed: {Ids(suppressed)}");
        }

        if (off.Count > 0)
        {
            notes.Add($"{string.Join(", ", off)} turned off in the configuration");
        }

        return new(prerequisite, ReadinessStatus.Pass, notes.Count == 0 ? "no finding" : $"no finding ({string.Join("; ", notes)})", []);
    }

    private static IEnumerable<Finding> Behind(IEnumerable<string> ruleIds, LintResult result)
    {
        var ids = ruleIds.ToHashSet(StringComparer.Ordinal);
        return result.Findings.Where(finding => ids.Contains(finding.Rule.Id));
    }

    private static string Ids(IEnumerable<Finding> findings) =>
        string.Join(", ", findings.Select(finding => finding.Rule.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
