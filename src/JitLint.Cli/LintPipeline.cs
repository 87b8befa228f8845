using JitLint.Cli.Commands;
using JitLint.Core.Configuration;
using JitLint.Core.Engine;
using JitLint.Core.Rules;

namespace JitLint.Cli;

/// <summary>
/// The path every command takes: find and load the configuration, discover the files, lint them with the
/// rules the configuration leaves on, and apply the configuration to what they found.
/// </summary>
internal sealed class LintPipeline
{
    private readonly Linter linter;

    private LintPipeline(LintConfiguration configuration, RuleSet rules, DiscoveryResult discovery, string rootDirectory, bool isWholeExport)
    {
        Configuration = configuration;
        Rules = rules;
        Discovery = discovery;
        RootDirectory = rootDirectory;
        IsWholeExport = isWholeExport;
        linter = new Linter(rules.Rules.Where(rule => !configuration.IsOff(rule.Descriptor.Id)), configuration.Limits);
    }

    public LintConfiguration Configuration { get; }

    public RuleSet Rules { get; }

    public DiscoveryResult Discovery { get; }

    public string RootDirectory { get; }

    public bool IsWholeExport { get; }

    /// <summary>The rules the configuration turns off: the readiness checklist must not read their silence as a pass.</summary>
    public IReadOnlySet<string> RulesOff => Rules.KnownRuleIds.Where(Configuration.IsOff).ToHashSet(StringComparer.Ordinal);

    /// <summary>Null when the configuration or a rule it adds is broken; the errors have been printed.</summary>
    public static LintPipeline? Create(LintInputs inputs, CliContext context)
    {
        var rootDirectory = Path.GetFullPath(inputs.Root ?? ".", context.CurrentDirectory);

        // The file system is walked while the configuration and the rules load, each tens of milliseconds on one core
        // for a large export; the configuration's include and exclude globs then filter what the walk found.
        string[] paths = inputs.Paths.Length > 0 ? inputs.Paths : ["."];
        var discovering = Task.Run(() => SourceDiscovery.Discover(paths, context.CurrentDirectory, rootDirectory));
        if (LoadConfiguration(inputs.ConfigPath, rootDirectory, context) is not { } loaded)
        {
            // Not waited for: the run stops here, and the walk's thread does not keep the process alive.
            return null;
        }

        var (configuration, rules) = loaded;
        var found = discovering.GetAwaiter().GetResult();
        var discovery = found with { Inputs = [.. found.Inputs.Where(input => configuration.IncludesFile(input.FullPath))] };

        foreach (var missing in discovery.MissingPaths)
        {
            context.Error.WriteLine($"jitlint: error: no such file or directory: {missing}");
        }

        var isWholeExport = inputs.Scope switch
        {
            "tenant" => true,
            "files" => false,
            _ => discovery.HasDirectory,
        };
        return new LintPipeline(configuration, rules, discovery, rootDirectory, isWholeExport);
    }

    /// <summary>
    /// The configuration (the given file, else jitlint.json in the current folder or a parent, else the defaults)
    /// and the rules it adds; null when either is broken, once the errors have been printed.
    /// </summary>
    public static (LintConfiguration Configuration, RuleSet Rules)? LoadConfiguration(string? configPath, string rootDirectory, CliContext context) =>
        LoadConfigurationOrDefaults(configPath, rootDirectory, context) is { } configuration && RuleSet.Load(configuration, rootDirectory, context) is { } rules
            ? (configuration, rules)
            : null;

    /// <summary>The given file, else jitlint.json in the current folder or a parent, else the defaults; null when it is broken.</summary>
    private static LintConfiguration? LoadConfigurationOrDefaults(string? configPath, string rootDirectory, CliContext context)
    {
        var configurationPath = configPath is { } given
            ? Path.GetFullPath(given, context.CurrentDirectory)
            : ConfigurationLoader.Find(context.CurrentDirectory);
        if (configurationPath is null)
        {
            return LintConfiguration.Defaults(context.CurrentDirectory);
        }

        var loaded = ConfigurationLoader.Load(configurationPath, rootDirectory);
        foreach (var error in loaded.Errors)
        {
            context.Error.WriteLine($"jitlint: error: {error}");
        }

        return loaded.Configuration;
    }

    /// <summary>Lints every discovered file, with a progress line on a terminal when there are many.</summary>
    public LintResult Lint(CliContext context)
    {
        using var progress = context.ShowProgress && Discovery.Inputs.Count >= TerminalProgress.MinimumFiles
            ? new TerminalProgress(context.Error, Discovery.Inputs.Count)
            : null;
        return Lint(Discovery.Inputs, IsWholeExport, progress);
    }

    /// <summary>Lints some files alone (what fix does, one file at a time).</summary>
    public LintResult Lint(IReadOnlyList<SourceInput> inputs, bool isWholeExport, IProgress<int>? progress = null) =>
        FindingPolicy.Apply(
            linter.Lint(inputs, isWholeExport, progress),
            Configuration,
            Rules.KnownRuleIds,
            inputs.Select(input => input.FullPath),
            DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>The --fail-on level: the command line's, else the configuration's, else error.</summary>
    public Severity? FailOn(string? commandLine) => (commandLine ?? Configuration.FailOn ?? "error") switch
    {
        "none" => null,
        "warning" => Severity.Warning,
        "note" => Severity.Note,
        _ => Severity.Error,
    };
}
