using JitLint.Core.Model;
using JitLint.Core.Rules;

namespace JitLint.Rules.Sso;

/// <summary>JIT100: without an Entra ID SSO app extension, JIT registration never starts.</summary>
public sealed class SsoExtensionMissingRule() : TenantRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT100",
        "SsoExtensionMissing",
        "Deploy the Entra ID SSO app extension",
        "None of the {0} documents of this export holds an Entra ID SSO app extension, so JIT registration never starts; the whole export was checked and this finding is placed on its {1}.",
        "The export has no Entra ID SSO app extension in any form. The Microsoft Enterprise SSO plug-in is what registers iOS devices just in time.",
        RuleCategory.SsoExtension,
        Severity.Error,
        [],
        ["sso", "jit", "tenant"]);

    public override IEnumerable<Finding> Analyze(Tenant tenant)
    {
        if (tenant.Documents.Any(document => document.SsoExtensionCount > 0))
        {
            yield break;
        }

        var profile = tenant.OfKind(PolicyKind.DeviceFeaturesConfiguration).FirstOrDefault();
        yield return profile is not null
            ? Report(profile, tenant.Documents.Count, "first iOS Device features profile")
            : Report(tenant.Documents[0], tenant.Documents.Count, "first document");
    }
}
