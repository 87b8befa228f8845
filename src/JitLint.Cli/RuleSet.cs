using System.Diagnostics.CodeAnalysis;
using JitLint.Core.Configuration;
using JitLint.Core.Plugins;
using JitLint.Core.Reporting;
using JitLint.Core.Rules;
using JitLint.Rules;

namespace JitLint.Cli;

/// <summary>
/// The rules a run uses: the engine's diagnostics, the built-in pack, and the plug-in rules jitlint.json names
/// (rule folders, then rule packs).
/// Reports and the configuration treat them all alike; only SARIF and <c>jitlint rules</c> say where each came from.
/// </summary>
internal sealed class RuleSet
{
    public const string BuiltInSource = "built-in";

    private readonly Dictionary<string, (Rule Rule, string Source)> pluginRules;

    private RuleSet(IReadOnlyList<RuleSource> sources, Dictionary<string, (Rule Rule, string Source)> pluginRules)
    {
        Sources = sources;
        this.pluginRules = pluginRules;
        KnownRuleIds = Descriptors.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<RuleSource> Sources { get; }

    public IEnumerable<Rule> Rules => BuiltInRules.All.Concat(Sources.SelectMany(source => source.Rules));

    /// <summary>Every descriptor, in ID order.</summary>
    public IEnumerable<RuleDescriptor> Descriptors =>
        BuiltInRules.Descriptors.Concat(pluginRules.Values.Select(entry => entry.Rule.Descriptor)).OrderBy(rule => rule.Id, StringComparer.Ordinal);

    public IReadOnlySet<string> KnownRuleIds { get; }

    /// <summary>
    /// The rule folders and packs of the configuration loaded; null when one is broken or two rules share an ID (the
    /// errors have been printed).
    /// </summary>
    public static RuleSet? Load(LintConfiguration configuration, string rootDirectory, CliContext context)
    {
        var sources = new List<RuleSource>();
        var errors = new List<string>();
        var loaded = configuration.RuleFolders.Select(folder => DeclarativeRuleLoader.Load(folder, configuration.Directory, rootDirectory))
            .Concat(configuration.RulePacks.Select(LoadPack));
        foreach (var (source, sourceErrors) in loaded)
        {
            errors.AddRange(sourceErrors);
            sources.AddRange(source is null ? [] : [source]);
        }

        var pluginRules = new Dictionary<string, (Rule Rule, string Source)>(StringComparer.Ordinal);
        var builtInIds = BuiltInRules.Descriptors.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (rule, origin) in sources.SelectMany(source => source.Rules.Select(rule => (rule, Origin(source, rule)))))
        {
            var id = rule.Descriptor.Id;
            if (builtInIds.Contains(id) || pluginRules.ContainsKey(id))
            {
                var other = pluginRules.TryGetValue(id, out var first) ? first.Source : BuiltInSource;
                errors.Add($"{origin}: the rule ID \"{id}\" is already used by {other}");
                continue;
            }

            pluginRules[id] = (rule, origin);
        }

        foreach (var error in errors)
        {
            context.Error.WriteLine($"jitlint: error: {error}");
        }

        return errors.Count > 0 ? null : new RuleSet(sources, pluginRules);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The native build turns RulePackSupport.IsSupported off, and its compiler then leaves the call out.")]
    private static (RuleSource? Source, IReadOnlyList<string> Errors) LoadPack(ConfiguredPath pack) => RulePackSupport.IsSupported
        ? RulePackLoader.Load(pack)
        : (null, [$"{pack.Location.File.DisplayPath}{pack.Location.LineSpan.Start}: the rule pack \"{pack.Written}\" cannot be loaded by the native build of JitLint, which runs the built-in rules and rule folders only; the .NET tool (see the README's Install section) or a ReadyToRun publish (-p:PublishAot=false) loads them"]);

    /// <summary>"built-in", or the file a plug-in rule came from.</summary>
    public string SourceOf(string ruleId) => pluginRules.TryGetValue(ruleId, out var entry) ? entry.Source : BuiltInSource;

    /// <summary>A rule's Markdown help: the built-in documentation page, or the help a rule file gives.</summary>
    public string? Documentation(string ruleId) =>
        pluginRules.TryGetValue(ruleId, out var entry) ? (entry.Rule as DeclarativeRule)?.Help : BuiltInRules.Documentation(ruleId);

    public ReportContext ReportContext(string rootDirectory) => new(
        [.. BuiltInRules.Descriptors.OrderBy(rule => rule.Id, StringComparer.Ordinal)],
        Documentation,
        rootDirectory,
        ToolInfo.Version)
    {
        Extensions = [.. Sources.Select(source => new RuleExtension(
            source.Name,
            source.Version,
            [.. source.Rules.Select(rule => rule.Descriptor).OrderBy(rule => rule.Id, StringComparer.Ordinal)]))],
    };

    /// <summary>A declarative rule's file, or the pack's file as jitlint.json names it.</summary>
    private static string Origin(RuleSource source, Rule rule) => rule is DeclarativeRule declarative ? declarative.SourcePath : source.Path;
}
