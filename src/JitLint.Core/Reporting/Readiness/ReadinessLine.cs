using JitLint.Core.Rules;

namespace JitLint.Core.Reporting.Readiness;

/// <param name="Findings">The findings that fail the line (suppressed ones excluded), for links to them.</param>
public sealed record ReadinessLine(Prerequisite Prerequisite, ReadinessStatus Status, string Reason, IReadOnlyList<Finding> Findings);
