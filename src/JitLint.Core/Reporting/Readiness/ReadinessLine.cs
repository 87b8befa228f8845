using JitLint.Core.Rules;

namespace JitLint.Core.Reporting.Readiness;

/// <param name="Findings">
/// The findings behind the status, for links to them: those that fail the line (suppressed ones excluded), or
/// the JIT003 findings of rules that failed.
/// </param>
public sealed record ReadinessLine(Prerequisite Prerequisite, ReadinessStatus Status, string Reason, IReadOnlyList<Finding> Findings);
