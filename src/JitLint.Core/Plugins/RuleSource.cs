using JitLint.Core.Rules;

namespace JitLint.Core.Plugins;

/// <summary>
/// Rules that came from one place beside the built-in pack: a folder of rule files. Reports name the place
/// (SARIF lists each source as a tool extension) so that a user can tell where a rule came from.
/// </summary>
/// <param name="Name">The folder as written in jitlint.json.</param>
public sealed record RuleSource(string Name, IReadOnlyList<Rule> Rules);
