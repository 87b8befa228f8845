using JitLint.Core.Model;
using JitLint.Core.Rules;

namespace JitLint.Rules.Documents;

/// <summary>JIT006: a custom profile whose payload cannot be read was not checked, whatever it configures.</summary>
public sealed class CustomProfileUnreadableRule() : DocumentRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT006",
        "CustomProfileUnreadable",
        "Know which custom profiles were not checked",
        "The custom profile \"{0}\" was not checked because {1}.",
        "The .mobileconfig of an iOS custom profile cannot be read (not base64, not a property list, or signed), so no rule checked what it configures, such as an SSO extension.",
        RuleCategory.Engine,
        Severity.Note,
        [PolicyKind.CustomConfiguration],
        ["custom-profile"]);

    public override IEnumerable<Finding> Analyze(PolicyDocument document)
    {
        if (document.CustomProfile is { Error: { } error } profile)
        {
            yield return Report(document, profile.Payload, document.NameForMessage(), error);
        }
    }
}
