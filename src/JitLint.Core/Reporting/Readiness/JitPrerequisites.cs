namespace JitLint.Core.Reporting.Readiness;

/// <summary>
/// The prerequisites of iOS/iPadOS JIT registration and compliance remediation, in the order an admin sets them
/// up, each with the rules that check it (see the rule catalogue). A new rule joins a line here.
/// </summary>
public static class JitPrerequisites
{
    public static IReadOnlyList<Prerequisite> All { get; } =
    [
        new("SSO extension present and assigned", ["JIT100", "JIT110"], NeedsWholeExport: true),
        new(
            "SSO extension correct (device_registration, browser SSO, app list, no whitespace)",
            ["JIT101", "JIT102", "JIT103", "JIT104", "JIT105", "JIT106", "JIT107", "JIT108", "JIT109"],
            NeedsWholeExport: false,
            UncheckableWhen: "JIT100",
            UncheckableReason: "there is no SSO extension in the export to check (JIT100)"),
        new("Microsoft Authenticator required", ["JIT200"], NeedsWholeExport: true),
        new("A first app that can sign in (not only Defender for Endpoint)", ["JIT201"], NeedsWholeExport: true),
        new(
            "ADE with Setup Assistant and modern authentication, or account-driven user enrollment",
            ["JIT301", "JIT302", "JIT303"],
            NeedsWholeExport: true,
            UncheckableWhen: "JIT300",
            UncheckableReason: "no iOS enrollment profile is in the export (JIT300)"),
        new("IntuneMAMUPN where app protection targets managed devices", ["JIT400", "JIT401", "JIT402"], NeedsWholeExport: true),
        new("iOS compliance policy assigned", ["JIT500"], NeedsWholeExport: true),
        new("No obsolete Microsoft Intune exclusion in Conditional Access", ["JIT501"], NeedsWholeExport: false),
    ];
}
