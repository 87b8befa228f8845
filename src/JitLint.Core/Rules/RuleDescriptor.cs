using System.Globalization;
using JitLint.Core.Model;

namespace JitLint.Core.Rules;

/// <summary>What a rule is, as data: everything reports and configuration need, nothing about how it analyses.</summary>
/// <param name="Id">The public, never reused ID (JIT101).</param>
/// <param name="Name">PascalCase name for SARIF (AuthenticatorInSsoAppList).</param>
/// <param name="Title">Imperative sentence case, no period.</param>
/// <param name="MessageFormat">A full sentence; composite-format placeholders name the offending values.</param>
/// <param name="Description">One or two sentences on what the rule checks and why.</param>
/// <param name="AppliesTo">The document kinds a document rule is run on; empty for engine and tenant rules.</param>
/// <param name="IsFixable">Whether the rule's findings carry a safe fix, as ESLint's meta.fixable.</param>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    string Title,
    string MessageFormat,
    string Description,
    RuleCategory Category,
    Severity DefaultSeverity,
    IReadOnlyList<PolicyKind> AppliesTo,
    IReadOnlyList<string> Tags,
    bool IsFixable = false)
{
    private const string DocsBaseUri = "https://github.com/jitlint/jitlint/blob/main/rules/docs/";

    /// <summary>
    /// The rule's documentation page: JitLint's docs for its own JIT IDs; a plug-in rule names its own, or has none
    /// (a declarative rule may carry its help as text instead).
    /// </summary>
    public Uri? HelpUri { get; init; } = Id.StartsWith("JIT", StringComparison.Ordinal) ? HelpUriFor(Id) : null;

    /// <summary>A built-in rule's documentation page, for reports that name a rule without holding its descriptor.</summary>
    public static Uri HelpUriFor(string id) => new($"{DocsBaseUri}{id}.md");

    public string FormatMessage(params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
}
