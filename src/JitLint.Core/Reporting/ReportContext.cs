using JitLint.Core.Rules;

namespace JitLint.Core.Reporting;

/// <summary>What every report needs beside the findings: the rules that ran and where their help lives.</summary>
/// <param name="Rules">The engine's and the built-in rules, in ID order (SARIF lists them all under the driver).</param>
/// <param name="Documentation">A rule's Markdown documentation page, by ID.</param>
/// <param name="RootDirectory">The directory that display paths are relative to.</param>
/// <param name="ToolVersion">The semantic version of JitLint.</param>
public sealed record ReportContext(
    IReadOnlyList<RuleDescriptor> Rules,
    Func<string, string?> Documentation,
    string RootDirectory,
    string ToolVersion)
{
    /// <summary>Plug-in rules, by where they came from: SARIF lists each source as a tool extension.</summary>
    public IReadOnlyList<RuleExtension> Extensions { get; init; } = [];
}

/// <summary>Plug-in rules from one source: a rule folder as jitlint.json names it, or a rule pack by assembly name.</summary>
/// <param name="Version">A rule pack's version; null for a rule folder.</param>
public sealed record RuleExtension(string Name, string? Version, IReadOnlyList<RuleDescriptor> Rules);
