using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace Contoso.JitLintRules;

/// <summary>CON001: Contoso describes every app protection policy, so that the service desk knows what it protects.</summary>
public sealed class AppProtectionDescriptionRule() : DocumentRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "CON001",
        "AppProtectionDescription",
        "Describe every app protection policy",
        "The app protection policy \"{0}\" has no description; say which apps and users it protects.",
        "Every app protection policy has a description that says which apps and users it protects.",
        RuleCategory.Custom,
        Severity.Warning,
        [PolicyKind.AppProtectionPolicy],
        ["contoso"])
    {
        HelpUri = new Uri("https://contoso.example/intune/standards#app-protection"),
    };

    public override IEnumerable<Finding> Analyze(PolicyDocument document)
    {
        var description = document.Root.GetProperty("description");
        if (description?.Value is JsonStringSyntax { Value: var text } && !string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // An empty description is reported at its name; a missing one at the object's opening brace.
        return [Report(document, (JsonNodeSyntax?)description ?? document.Root, InvisibleText.Reveal(document.DisplayName ?? document.Identity))];
    }
}
