namespace JitLint.Core.Reporting.Readiness;

/// <summary>How one prerequisite of JIT registration stands in the linted export.</summary>
public enum ReadinessStatus
{
    Pass,
    Fail,

    /// <summary>The export cannot tell: it is not a whole export, the object to check is missing, or the rules are off.</summary>
    NotCheckable,
}
