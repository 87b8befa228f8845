using JitLint.Core.Model;
using JitLint.Core.Model.Facts;
using JitLint.Core.Rules;

namespace JitLint.Rules.AppProtection;

/// <summary>
/// JIT400: on managed devices, app protection needs the app to learn the user from the device's app configuration
/// (IntuneMAMUPN); without it the app is treated as unmanaged for that user.
/// </summary>
public sealed class IntuneMamUpnMissingRule() : TenantRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT400",
        "IntuneMamUpnMissing",
        "Set IntuneMAMUPN for apps that app protection targets on managed devices",
        "The app protection policy \"{0}\" targets apps on managed devices, but no managed-devices app configuration sets IntuneMAMUPN for \"{1}\"{2}.",
        "An iOS app protection policy targets apps on managed devices, and an app it covers has no managed-devices app configuration that sets IntuneMAMUPN.",
        RuleCategory.AppProtection,
        Severity.Warning,
        [],
        ["app-protection", "app-configuration", "tenant"]);

    public override IEnumerable<Finding> Analyze(Tenant tenant)
    {
        var upnConfigurations = tenant.OfKind(PolicyKind.ManagedDeviceAppConfiguration)
            .Select(document => document.AppConfiguration!)
            .Where(configuration => configuration.SetsIntuneMamUpn)
            .ToList();
        var coveredBundleIds = upnConfigurations.SelectMany(configuration => ResolvedBundleIds(tenant, configuration))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unresolvedNote = tenant.OfKind(PolicyKind.ManagedDeviceAppConfiguration).Any()
            ? UnresolvedNote(upnConfigurations.Count(configuration => HasUnresolvedTargets(tenant, configuration)))
            : NoConfigurationsNote;

        foreach (var policy in tenant.OfKind(PolicyKind.AppProtectionPolicy).Where(policy => policy.AppProtection!.TargetsManagedDevices))
        {
            foreach (var app in policy.AppProtection!.Apps.Where(app => !coveredBundleIds.Contains(app.BundleId)))
            {
                yield return ReportAt(policy, app.Location, app.Pointer, policy.Name, app.BundleId, unresolvedNote);
            }
        }
    }

    private static IEnumerable<string> ResolvedBundleIds(Tenant tenant, AppConfigurationFacts configuration) =>
        configuration.TargetedAppIds.Select(tenant.AppWithId)
            .Concat(configuration.TargetedAppNames.SelectMany(tenant.AppsNamed))
            .Select(app => app?.BundleId)
            .OfType<string>();

    private static bool HasUnresolvedTargets(Tenant tenant, AppConfigurationFacts configuration) =>
        configuration.TargetedAppIds.Any(id => tenant.AppWithId(id) is null)
        || configuration.TargetedAppNames.Any(name => !tenant.AppsNamed(name).Any());

    // Some export tools (IntuneBackupAndRestore) do not export app configurations at all: say so rather than imply a gap.
    private const string NoConfigurationsNote =
        "; the export holds no managed-devices app configuration at all, so check that the export tool includes them";

    // Rather than guess which apps an unresolvable configuration covers, say that it exists.
    private static string UnresolvedNote(int count) => count switch
    {
        0 => string.Empty,
        1 => "; 1 app configuration with IntuneMAMUPN targets apps that are not in this export, so JitLint cannot tell whether it covers this app",
        _ => $"; {count} app configurations with IntuneMAMUPN target apps that are not in this export, so JitLint cannot tell whether they cover this app",
    };
}
