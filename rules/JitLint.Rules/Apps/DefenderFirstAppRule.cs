using JitLint.Core.Model;
using JitLint.Core.Rules;

namespace JitLint.Rules.Apps;

/// <summary>JIT201: Defender for Endpoint cannot do the first sign-in, so it must not be the only required Microsoft app.</summary>
public sealed class DefenderFirstAppRule() : TenantRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT201",
        "DefenderFirstApp",
        "Require an SSO-capable Microsoft app besides Defender for Endpoint",
        "Microsoft Defender for Endpoint ({0}) is required while no other SSO-capable Microsoft app (Teams, Outlook, Edge, Microsoft 365, Word, Excel, PowerPoint or OneDrive) is; users would open Defender first, and it cannot be used for the first authentication.",
        "Defender for Endpoint is a required app while no SSO-capable Microsoft app is, so it would be the first app users open.",
        RuleCategory.Apps,
        Severity.Warning,
        [],
        ["apps", "jit", "tenant"]);

    public override IEnumerable<Finding> Analyze(Tenant tenant)
    {
        if (!tenant.IsRequired(WellKnownApps.DefenderForEndpoint) || WellKnownApps.SsoCapable.Any(tenant.IsRequired))
        {
            yield break;
        }

        var defender = tenant.AppsWithBundleId(WellKnownApps.DefenderForEndpoint)
            .First(app => app.Assignments?.Any(assignment => assignment.IsRequiredInstall) == true);
        yield return Report(defender, defender.BundleId);
    }
}
