using JitLint.Core.Model.Sso;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Rules.Sso;

/// <summary>JIT107: the plug-in reads browser_sso_interaction_enabled as an integer; any other value leaves browser SSO off.</summary>
public sealed class BrowserSsoInteractionValueInvalidRule() : SsoExtensionRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT107",
        "BrowserSsoInteractionValueInvalid",
        "Set browser_sso_interaction_enabled to integer 1",
        "\"browser_sso_interaction_enabled\" {0}; set it as integer 1 (keyIntegerValuePair).",
        "The browser_sso_interaction_enabled key of the Entra ID SSO app extension is not an integer-typed 1, so Safari and apps without MSAL may not get single sign-on.",
        RuleCategory.SsoExtension,
        Severity.Warning,
        SsoDocumentKinds,
        ["sso"]);

    protected override IEnumerable<Finding> Analyze(SsoExtension extension)
    {
        foreach (var setting in extension.SettingsWithKey(SsoKeys.BrowserSsoInteractionEnabled))
        {
            if (setting.Value is null)
            {
                yield return Report(extension.Document, setting.Entry, "has no value");
            }
            else if (!IsNumberOne(setting.Value))
            {
                yield return Report(extension.Document, setting.Value, $"is {SsoKeys.DescribeValue(setting.Value)}");
            }
            else if (!setting.IsOfType(SsoKeys.IntegerEntryTypeName))
            {
                var entry = setting.TypeName is { } name ? $"a {name} entry" : "an entry without a Graph @odata.type";
                yield return Report(extension.Document, setting.Value, $"is the number 1 in {entry}");
            }
        }
    }

    // Exactly the JSON number 1, written as an integer the way Graph writes the Int32 of a keyIntegerValuePair.
    private static bool IsNumberOne(JsonNodeSyntax value) => value is JsonNumberSyntax { Text: "1" };
}
