using JitLint.Core.Rules;

namespace JitLint.Core.Reporting;

/// <summary>What every report needs beside the findings: the rules that ran and where their help lives.</summary>
/// <param name="Rules">Every rule that could report, in ID order (SARIF lists them all).</param>
/// <param name="Documentation">A rule's Markdown documentation page, by ID.</param>
/// <param name="RootDirectory">The directory that display paths are relative to.</param>
/// <param name="ToolVersion">The semantic version of JitLint.</param>
public sealed record ReportContext(
    IReadOnlyList<RuleDescriptor> Rules,
    Func<string, string?> Documentation,
    string RootDirectory,
    string ToolVersion);
