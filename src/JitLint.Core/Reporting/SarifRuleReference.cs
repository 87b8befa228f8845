namespace JitLint.Core.Reporting;

/// <summary>Where a rule's metadata is in the log: its index among the driver's rules, or among an extension's.</summary>
/// <param name="ExtensionIndex">The extension's index in tool.extensions; null for the driver's rules.</param>
internal sealed record SarifRuleReference(int Index, int? ExtensionIndex, string? ExtensionName);
