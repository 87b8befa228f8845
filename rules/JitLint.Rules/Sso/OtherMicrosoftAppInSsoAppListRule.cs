using JitLint.Core.Model.Sso;
using JitLint.Core.Rules;

namespace JitLint.Rules.Sso;

/// <summary>JIT102: the SSO extension covers Microsoft apps already; listing them again causes extra sign-in prompts.</summary>
public sealed class OtherMicrosoftAppInSsoAppListRule() : SsoExtensionRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT102",
        "OtherMicrosoftAppInSsoAppList",
        "Remove Microsoft apps from the SSO extension app list",
        "\"{0}\" is a Microsoft app, which the SSO extension already covers; listing it causes extra sign-in prompts.",
        "A Microsoft app other than Authenticator is listed in the Entra ID SSO app extension's app bundle ID list or AppAllowList key, although the extension covers Microsoft apps without it.",
        RuleCategory.SsoExtension,
        Severity.Warning,
        SsoDocumentKinds,
        ["sso"],
        IsFixable: true);

    protected override IEnumerable<Finding> Analyze(SsoExtension extension) =>
        SsoAppList.Entries(extension)
            .Where(entry => IsOtherMicrosoftApp(entry.BundleId))
            .Select(entry => Report(extension.Document, entry.Node, entry.Display) with
            {
                Fix = new Fix("Remove the Microsoft app from the list", [entry.Removal()]),
                Discriminator = entry.BundleId,
            });

    // Authenticator is a Microsoft app too, but listing it breaks JIT registration, which JIT101 reports as an error.
    private static bool IsOtherMicrosoftApp(string bundleId) =>
        bundleId.StartsWith(SsoKeys.MicrosoftBundleIdPrefix, StringComparison.OrdinalIgnoreCase) && !SsoKeys.IsAuthenticator(bundleId);
}
