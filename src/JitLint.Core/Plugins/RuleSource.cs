using JitLint.Core.Rules;

namespace JitLint.Core.Plugins;

/// <summary>
/// Rules that came from one place beside the built-in pack: a folder of rule files or a rule pack assembly. Reports
/// name the place (SARIF lists each source as a tool extension) so that a user can tell where a rule came from.
/// </summary>
/// <param name="Name">The folder as written in jitlint.json, or the pack's assembly name.</param>
/// <param name="Path">The folder or the pack's file, as written in jitlint.json.</param>
public sealed record RuleSource(string Name, string Path, IReadOnlyList<Rule> Rules)
{
    /// <summary>A rule pack's assembly version (MAJOR.MINOR.PATCH); null for a rule folder.</summary>
    public string? Version { get; init; }
}
