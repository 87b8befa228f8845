using JitLint.Core.Model.Sso;
using JitLint.Core.Rules;

namespace JitLint.Rules.Sso;

/// <summary>JIT106: without browser_sso_interaction_enabled, Safari and apps without MSAL do not get SSO.</summary>
public sealed class BrowserSsoInteractionMissingRule() : SsoExtensionRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT106",
        "BrowserSsoInteractionMissing",
        "Add browser_sso_interaction_enabled to the SSO extension",
        "The SSO extension has no \"browser_sso_interaction_enabled\" key; add it as integer 1 so Safari and apps without MSAL get single sign-on.",
        "The Entra ID SSO app extension has no browser_sso_interaction_enabled key; Microsoft recommends it as integer 1.",
        RuleCategory.SsoExtension,
        Severity.Warning,
        SsoDocumentKinds,
        ["sso"],
        IsFixable: true);

    private static readonly (string Name, string JsonValue)[] Entry =
        [("@odata.type", "\"" + SsoKeys.IntegerEntryType + "\""), ("key", "\"" + SsoKeys.BrowserSsoInteractionEnabled + "\""), ("value", "1")];

    protected override IEnumerable<Finding> Analyze(SsoExtension extension)
    {
        if (extension.HasKey(SsoKeys.BrowserSsoInteractionEnabled))
        {
            yield break;
        }

        var finding = Report(extension.Document, extension.MissingKeyAnchor);
        yield return extension.Configurations is { } configurations
            ? finding with { Fix = new Fix("Add browser_sso_interaction_enabled as integer 1", [JsonEdits.AppendObject(extension.Document.File.Text!, configurations, Entry)]) }
            : finding;
    }
}
