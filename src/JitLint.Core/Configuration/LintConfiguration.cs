using JitLint.Core.Model;
using JitLint.Core.Rules;

namespace JitLint.Core.Configuration;

/// <summary>A setting in "rules": a severity, or off.</summary>
/// <param name="Severity">Null when the rule is off.</param>
/// <param name="Location">The rule ID's key in jitlint.json, where an unknown ID is reported.</param>
public sealed record RuleSetting(string RuleId, Severity? Severity, Location Location, string ConfigurationPointer);

/// <summary>A path jitlint.json names (a rule folder or pack), resolved against the file's folder.</summary>
/// <param name="Written">The path as written, for messages.</param>
/// <param name="Location">Where it is written, for errors about it.</param>
public sealed record ConfiguredPath(string FullPath, string Written, Location Location);

/// <summary>A loaded jitlint.json: what the team tuned. Rules never see it; the CLI and the policy apply it.</summary>
/// <param name="File">The configuration file itself, or null for the defaults.</param>
/// <param name="Directory">The folder globs are relative to.</param>
/// <param name="FailOn">The default of --fail-on, when set.</param>
/// <param name="Limits">How much of one file to read.</param>
public sealed record LintConfiguration(
    SourceFile? File,
    string Directory,
    IReadOnlyList<RuleSetting> Rules,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    string? FailOn,
    IReadOnlyList<SuppressionEntry> Suppressions,
    Engine.LintLimits Limits)
{
    public const string FileName = "jitlint.json";

    public static readonly IReadOnlyList<string> DefaultInclude = ["**/*.json"];

    private readonly Glob files = new(Include, Exclude);

    /// <summary>Folders of declarative rule files to load beside the built-in rules.</summary>
    public IReadOnlyList<ConfiguredPath> RuleFolders { get; init; } = [];

    /// <summary>Rule pack assemblies to load beside the built-in rules.</summary>
    public IReadOnlyList<ConfiguredPath> RulePacks { get; init; } = [];

    /// <summary>No file: every rule at its default severity, every JSON file.</summary>
    public static LintConfiguration Defaults(string directory) => new(null, directory, [], DefaultInclude, [], null, [], Engine.LintLimits.Default);

    public bool IsOff(string ruleId) => Rules.Any(rule => rule.RuleId == ruleId && rule.Severity is null);

    public Severity SeverityOf(RuleDescriptor rule) =>
        Rules.LastOrDefault(setting => setting.RuleId == rule.Id)?.Severity ?? rule.DefaultSeverity;

    /// <summary>Whether a file is to be linted, by the include and exclude globs; files outside the folder always are.</summary>
    public bool IncludesFile(string fullPath) => RelativePath(fullPath) is var path && (Glob.IsOutside(path) || files.Matches(path));

    /// <summary>A path as the globs see it: relative to the configuration's folder, '/' separated.</summary>
    public string RelativePath(string fullPath) => PortablePath.Relative(Directory, fullPath);
}
