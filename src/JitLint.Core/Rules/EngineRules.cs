namespace JitLint.Core.Rules;

/// <summary>The diagnostics the engine itself reports: about files and rules rather than about Intune settings.</summary>
public static class EngineRules
{
    public static readonly RuleDescriptor InvalidJson = new(
        "JIT001",
        "InvalidJson",
        "Fix JSON that does not parse or decode",
        "The file cannot be read as JSON: {0}",
        "A file is not valid JSON, or not text JitLint can decode (UTF-8 with or without BOM, UTF-16 with BOM). No rule could check it; every other file is still linted.",
        RuleCategory.Engine,
        Severity.Error,
        [],
        ["syntax"]);

    public static readonly RuleDescriptor UnrecognizedDocument = new(
        "JIT002",
        "UnrecognizedDocument",
        "Lint only recognised Intune and Graph objects",
        "The JSON is not a recognised Intune or Microsoft Graph object or list (it has no \"@odata.type\" and no \"value\" array), so no rule checked it.",
        "A JSON file is neither a Microsoft Graph object with an @odata.type nor a Graph list response, so no rule ran on it.",
        RuleCategory.Engine,
        Severity.Note,
        [],
        ["export"]);

    public static readonly RuleDescriptor RuleFailed = new(
        "JIT003",
        "RuleFailed",
        "Investigate rules that failed",
        "Rule {0} failed on this document with {1}: {2}",
        "A rule threw an exception on a document, or outran its time budget. The rule's findings for that document are missing; other files still ran.",
        RuleCategory.Engine,
        Severity.Warning,
        [],
        ["engine"]);

    public static readonly RuleDescriptor StaleConfiguration = new(
        "JIT004",
        "StaleConfiguration",
        "Keep suppressions and rule IDs in the configuration current",
        "{0} in the configuration {1}; remove or correct it.",
        "A suppression in jitlint.json matched no finding in the files it covers, or the configuration names a rule ID that does not exist.",
        RuleCategory.Engine,
        Severity.Warning,
        [],
        ["configuration"]);

    public static readonly RuleDescriptor LimitExceeded = new(
        "JIT005",
        "LimitExceeded",
        "Keep files within the input limits",
        "The file was not linted because {0}; raise the limit under \"limits\" in jitlint.json if the file is genuine.",
        "A file is larger, nests deeper or holds a longer string than the configured limits, so JitLint skipped it rather than risk the whole run.",
        RuleCategory.Engine,
        Severity.Error,
        [],
        ["robustness"]);

    public static IReadOnlyList<RuleDescriptor> All { get; } = [InvalidJson, UnrecognizedDocument, RuleFailed, StaleConfiguration, LimitExceeded];

    internal static Finding Create(RuleDescriptor descriptor, Location location, string identity, string pointer, params object?[] arguments) =>
        new(descriptor, descriptor.DefaultSeverity, descriptor.FormatMessage(arguments), location, identity, pointer);

    internal static Finding RuleCrashed(Rule rule, Location location, string documentIdentity, Exception exception) => Create(
        RuleFailed,
        location,
        $"{documentIdentity}\n{rule.Descriptor.Id}",
        string.Empty,
        rule.Descriptor.Id,
        exception.GetType().Name,
        EndWithPeriod(exception.Message) + " Other rules and files were still checked.") with { FailedRuleId = rule.Descriptor.Id };

    internal static Finding RuleTimedOut(Rule rule, Location location, string documentIdentity, TimeSpan budget) => Create(
        RuleFailed,
        location,
        $"{documentIdentity}\n{rule.Descriptor.Id}",
        string.Empty,
        rule.Descriptor.Id,
        "a time-out",
        $"it ran for more than {budget.TotalSeconds:0.###} seconds and was abandoned, with the rest of this file's checks. Other files were still checked.") with { FailedRuleId = rule.Descriptor.Id };

    private static string EndWithPeriod(string text) => text.EndsWith('.') ? text : text + ".";
}
