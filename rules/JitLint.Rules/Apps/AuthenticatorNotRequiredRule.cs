using JitLint.Core.Model;
using JitLint.Core.Rules;

namespace JitLint.Rules.Apps;

/// <summary>JIT200: the SSO extension lives inside Microsoft Authenticator, so the app must be installed.</summary>
public sealed class AuthenticatorNotRequiredRule() : TenantRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT200",
        "AuthenticatorNotRequired",
        "Deploy Microsoft Authenticator as a required app",
        "{0}; the SSO extension runs inside Microsoft Authenticator, so JIT registration needs it installed as a required app.",
        "Microsoft Authenticator is not in the export as an iOS app, or none of its assignments installs it as required.",
        RuleCategory.Apps,
        Severity.Error,
        [],
        ["apps", "jit", "tenant"]);

    public override IEnumerable<Finding> Analyze(Tenant tenant)
    {
        if (tenant.IsRequired(WellKnownApps.Authenticator))
        {
            yield break;
        }

        var authenticator = tenant.AppsWithBundleId(WellKnownApps.Authenticator).FirstOrDefault();
        if (authenticator is null)
        {
            var anchor = tenant.Documents.FirstOrDefault(document => document.SsoExtensionCount > 0) ?? tenant.Documents[0];
            yield return Report(anchor, $"Microsoft Authenticator ({WellKnownApps.Authenticator}) is not in this export as an iOS app (the whole export was checked)");
        }
        else
        {
            yield return Report(authenticator, authenticator.Assignments is null
                ? "Microsoft Authenticator is in this export without its assignments, so nothing shows it as required"
                : "Microsoft Authenticator has no assignment with intent required to a group, all users or all devices");
        }
    }
}
