using JitLint.Core.Model.Sso;
using JitLint.Core.Rules;

namespace JitLint.Rules.Sso;

/// <summary>JIT101: Authenticator hosts the SSO extension; listing it as a client app breaks JIT registration.</summary>
public sealed class AuthenticatorInSsoAppListRule() : SsoExtensionRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT101",
        "AuthenticatorInSsoAppList",
        "Remove Microsoft Authenticator from the SSO extension app list",
        "\"{0}\" is Microsoft Authenticator, which must not be in the SSO extension's bundle ID list: it breaks JIT registration.",
        "Microsoft Authenticator is listed in the Entra ID SSO app extension's app bundle ID list or AppAllowList key, which breaks JIT registration.",
        RuleCategory.SsoExtension,
        Severity.Error,
        SsoDocumentKinds,
        ["sso", "jit"],
        IsFixable: true);

    protected override IEnumerable<Finding> Analyze(SsoExtension extension) =>
        SsoAppList.Entries(extension)
            .Where(entry => SsoKeys.IsAuthenticator(entry.BundleId))
            .Select(entry => Report(extension.Document, entry.Node, entry.Display) with
            {
                Fix = new Fix("Remove Microsoft Authenticator from the list", [entry.Removal()]),
                Discriminator = entry.BundleId,
            });
}
