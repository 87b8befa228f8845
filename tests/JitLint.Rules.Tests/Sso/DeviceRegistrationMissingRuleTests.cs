using JitLint.Rules.Sso;
using JitLint.Testing;
using static JitLint.Rules.Tests.Sso.SsoJson;

namespace JitLint.Rules.Tests.Sso;

public sealed class DeviceRegistrationMissingRuleTests
{
    private readonly DeviceRegistrationMissingRule rule = new();

    [Fact]
    public void Present_key_is_clean() => RuleVerifier.VerifyFindings(rule, Profile());

    [Fact]
    public void Key_with_stray_whitespace_is_left_to_jit105() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: DeviceRegistration.Replace("\"device_registration\"", "\"device_registration \"", StringComparison.Ordinal)));

    [Fact]
    public void Missing_key_is_reported_at_the_configurations_name() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: BrowserSso).Replace("\"configurations\"", "[|\"configurations\"|]", StringComparison.Ordinal));

    [Fact]
    public void Keys_are_case_sensitive() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: DeviceRegistration.Replace("device_registration", "Device_Registration", StringComparison.Ordinal))
            .Replace("\"configurations\"", "[|\"configurations\"|]", StringComparison.Ordinal));

    [Fact]
    public void Without_configurations_the_extension_property_is_the_anchor() =>
        RuleVerifier.VerifyFindings(rule, """
            {
              "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
              [|"iosSingleSignOnExtension"|]: { "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension" }
            }
            """);

    [Fact]
    public void Message_names_the_token()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile(configurations: BrowserSso)));
        Assert.Equal(
            "The SSO extension has no \"device_registration\" key, so JIT registration never starts; add it as a string with the value {{DEVICEREGISTRATION}}.",
            finding.Message);
    }

    [Fact]
    public void Fix_appends_the_entry_with_the_file_layout() =>
        RuleVerifier.VerifyFix(rule, Profile(configurations: BrowserSso), Profile(configurations: BrowserSso + ",\n" + DeviceRegistration));

    [Fact]
    public void Fix_fills_an_empty_array() =>
        RuleVerifier.VerifyFix(
            rule,
            Profile().Replace("\"configurations\": [\n" + BothKeys + "\n    ]", "\"configurations\": []", StringComparison.Ordinal),
            Profile().Replace("\"configurations\": [\n" + BothKeys + "\n    ]", "\"configurations\": [ " + DeviceRegistration.Trim() + " ]", StringComparison.Ordinal));

    [Fact]
    public void No_fix_is_offered_without_a_configurations_array()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, """
            { "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
              "iosSingleSignOnExtension": { "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension" } }
            """));
        Assert.Null(finding.Fix);
    }
}
