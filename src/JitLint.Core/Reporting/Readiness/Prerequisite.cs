namespace JitLint.Core.Reporting.Readiness;

/// <summary>One line of the JIT readiness checklist, as data: what must hold and which rules tell when it does not.</summary>
/// <param name="Title">What must hold, as a short phrase.</param>
/// <param name="RuleIds">A finding of any of these rules fails the line.</param>
/// <param name="NeedsWholeExport">
/// Some of the rules report an absence, which they only do in a whole export; in a partial run, a line without
/// findings proves nothing.
/// </param>
/// <param name="UncheckableWhen">A rule whose finding means there is nothing to check (JIT300: no enrollment profile).</param>
/// <param name="UncheckableReason">What to tell the reader when <paramref name="UncheckableWhen"/> fires.</param>
public sealed record Prerequisite(
    string Title,
    IReadOnlyList<string> RuleIds,
    bool NeedsWholeExport,
    string? UncheckableWhen = null,
    string? UncheckableReason = null)
{
    /// <summary>Every rule behind the line, for links and the "rules turned off" check.</summary>
    public IEnumerable<string> AllRuleIds => UncheckableWhen is null ? RuleIds : [UncheckableWhen, .. RuleIds];
}
