using JitLint.Core.Model;
using JitLint.Core.Rules;

namespace JitLint.Core.Engine;

/// <param name="Findings">Sorted by file, position and rule ID; suppressed and baseline-unchanged ones included.</param>
/// <param name="AbsentFromBaseline">Baseline results that no longer occur, when a baseline was given.</param>
public sealed record LintResult(IReadOnlyList<Finding> Findings, int FileCount, int DocumentCount, IReadOnlyList<BaselineResult>? AbsentFromBaseline = null)
{
    /// <summary>The findings that count: not suppressed, and new when compared with a baseline.</summary>
    public IEnumerable<Finding> Active => Findings.Where(finding => finding.IsActive);

    /// <summary>
    /// The documents the findings came from, and whether they were a whole export: the readiness checklist and
    /// the HTML report need both. Null when a result is put together by hand, as some tests do.
    /// </summary>
    public Tenant? Tenant { get; init; }

    public int Count(Severity severity) => Active.Count(finding => finding.Severity == severity);
}
