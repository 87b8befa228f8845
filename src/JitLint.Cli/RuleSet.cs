using JitLint.Core.Reporting;
using JitLint.Rules;

namespace JitLint.Cli;

/// <summary>The rules this build of the tool runs, and how reports find their documentation.</summary>
internal static class RuleSet
{
    public static ReportContext ReportContext(string rootDirectory) => new(
        [.. BuiltInRules.Descriptors.OrderBy(rule => rule.Id, StringComparer.Ordinal)],
        BuiltInRules.Documentation,
        rootDirectory,
        ToolInfo.Version);
}
