using JitLint.Core.Model;
using JitLint.Core.Model.Sso;
using JitLint.Core.Rules;

namespace JitLint.Rules.Sso;

/// <summary>Base class of the SSO extension rules: each one looks at one normalised extension at a time.</summary>
public abstract class SsoExtensionRule(RuleDescriptor descriptor) : DocumentRule(descriptor)
{
    /// <summary>The document kinds that can hold an Entra ID SSO app extension.</summary>
    protected static readonly IReadOnlyList<PolicyKind> SsoDocumentKinds = [PolicyKind.DeviceFeaturesConfiguration, PolicyKind.SettingsCatalogPolicy, PolicyKind.CustomConfiguration];

    public sealed override IEnumerable<Finding> Analyze(PolicyDocument document) =>
        document.SsoExtensions.SelectMany(extension => Analyze(extension).Select(finding => WithoutFixInsidePayload(extension, finding)));

    // A text edit cannot reach inside a base64 .mobileconfig: the message says what to change, the admin re-uploads it.
    private static Finding WithoutFixInsidePayload(SsoExtension extension, Finding finding) =>
        extension.Form == SsoExtensionForm.CustomProfile ? finding with { Fix = null } : finding;

    protected abstract IEnumerable<Finding> Analyze(SsoExtension extension);
}
