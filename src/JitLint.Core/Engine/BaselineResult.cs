namespace JitLint.Core.Engine;

/// <summary>A result of an earlier SARIF log: its fingerprint, and its JSON to report it again as absent.</summary>
public sealed record BaselineResult(string Fingerprint, string RuleId, string SarifJson);
