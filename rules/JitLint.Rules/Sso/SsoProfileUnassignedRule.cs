using JitLint.Core.Model.Sso;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Rules.Sso;

/// <summary>JIT110: an SSO extension profile with no assignments reaches no device, so nothing registers just in time.</summary>
public sealed class SsoProfileUnassignedRule() : SsoExtensionRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT110",
        "SsoProfileUnassigned",
        "Assign the SSO extension profile",
        "The SSO extension profile \"{0}\" has no assignments, so it reaches no device.",
        "The profile that holds the Entra ID SSO app extension has an empty assignments array in the export, so it is deployed to no one.",
        RuleCategory.SsoExtension,
        Severity.Warning,
        SsoDocumentKinds,
        ["sso", "jit"]);

    protected override IEnumerable<Finding> Analyze(SsoExtension extension)
    {
        // Assignments belong to the document, not the extension: report them once, with its first extension.
        // An absent assignments property means the export left them out (or wrote them to another file), not that there are none.
        if (ReferenceEquals(extension, extension.Document.SsoExtensions[0])
            && extension.Document.Root.GetProperty("assignments") is { Value: JsonArraySyntax { Items.Count: 0 } } assignments)
        {
            yield return Report(extension.Document, assignments, extension.Document.DisplayName ?? "(unnamed)");
        }
    }
}
