namespace JitLint.Core.Rules;

/// <summary>A finding compared with a baseline, by fingerprint (SARIF's result.baselineState).</summary>
public enum BaselineState
{
    New,
    Unchanged,
}
