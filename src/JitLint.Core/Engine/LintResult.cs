using JitLint.Core.Rules;

namespace JitLint.Core.Engine;

/// <param name="Findings">Sorted by file, position and rule ID.</param>
public sealed record LintResult(IReadOnlyList<Finding> Findings, int FileCount, int DocumentCount)
{
    public int Count(Severity severity) => Findings.Count(finding => finding.Severity == severity);
}
