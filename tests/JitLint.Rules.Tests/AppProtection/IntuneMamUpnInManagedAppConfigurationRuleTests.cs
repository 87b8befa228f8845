using JitLint.Rules.AppProtection;
using JitLint.Testing;
using static JitLint.Rules.Tests.AppProtection.AppConfigurationJson;

namespace JitLint.Rules.Tests.AppProtection;

public sealed class IntuneMamUpnInManagedAppConfigurationRuleTests
{
    private readonly IntuneMamUpnInManagedAppConfigurationRule rule = new();

    [Fact]
    public void Other_custom_settings_are_clean() =>
        RuleVerifier.VerifyFindings(rule, ManagedApps("""    { "name": "com.microsoft.outlook.Mail.FocusedInbox", "value": "false" }"""));

    [Fact]
    public void An_empty_policy_is_clean() =>
        RuleVerifier.VerifyFindings(rule, ManagedApps(string.Empty));

    [Fact]
    public void A_managed_devices_policy_is_not_checked() =>
        RuleVerifier.VerifyFindings(rule, ManagedDevices(UpnSetting));

    [Theory]
    [InlineData("\"IntuneMAMUPN\"")]
    [InlineData("\" IntuneMAMUPN\"")]
    public void Intune_mam_upn_is_reported_at_its_name(string name) =>
        RuleVerifier.VerifyFindings(rule, ManagedApps($$$"""
                { "name": "com.microsoft.outlook.Mail.FocusedInbox", "value": "false" },
                { "name": [|{{{name}}}|], "value": "{{userprincipalname}}" }
            """));

    [Fact]
    public void Message_names_the_policy()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, ManagedApps("""    { "name": "IntuneMAMUPN", "value": "{{userprincipalname}}" }""")));
        Assert.Equal(
            "IntuneMAMUPN is set in the managed-apps app configuration \"Outlook - MAM\", where it has no effect; set it in an app configuration policy for managed devices.",
            finding.Message);
        Assert.Equal("/customSettings/0/name", finding.Pointer);
        Assert.Null(finding.Fix);
    }
}
