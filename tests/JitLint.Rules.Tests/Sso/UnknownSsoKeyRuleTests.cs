using JitLint.Rules.Sso;
using JitLint.Testing;
using static JitLint.Rules.Tests.Sso.SsoJson;

namespace JitLint.Rules.Tests.Sso;

public sealed class UnknownSsoKeyRuleTests
{
    private const string Ignored = "the plug-in ignores it.";

    private readonly UnknownSsoKeyRule rule = new();

    [Theory]
    [InlineData("Enable_SSO_On_All_ManagedApps")]
    [InlineData("AppAllowList")]
    [InlineData("AppPrefixAllowList")]
    [InlineData("AppBlockList")]
    [InlineData("AppCookieSSOAllowList")]
    [InlineData("admin_debug_mode_enabled")]
    [InlineData("disable_explicit_app_prompt")]
    [InlineData("disable_explicit_app_prompt_and_autologin")]
    [InlineData("disable_explicit_native_app_prompt")]
    [InlineData("disable_explicit_native_app_prompt_and_autologin")]
    [InlineData("disable_inapp_sso_signin")]
    [InlineData("sharedDeviceMode")]
    [InlineData("browser_sso_disable_mfa")]
    [InlineData("use_most_secure_storage")]
    public void Documented_keys_are_clean(string key) =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: BothKeys + ",\n" + Entry(key, "0", "keyIntegerValuePair")));

    [Theory]
    [InlineData("device_registration ")]
    [InlineData("\\u200BAppAllowList")]
    public void Documented_keys_with_stray_characters_are_left_to_jit105(string key) =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: BrowserSso + ",\n" + Entry(key, "\"x\"")));

    [Fact]
    public void An_entry_without_a_key_is_not_reported() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: BothKeys + ",\n" + """      { "@odata.type": "#microsoft.graph.keyIntegerValuePair", "value": 1 }"""));

    [Theory]
    [InlineData("Device_Registration")]
    [InlineData("device_registraton")]
    [InlineData("appallowlist")]
    [InlineData("foo")]
    [InlineData("")]
    public void Unknown_keys_are_reported_at_the_key(string key) =>
        RuleVerifier.VerifyFindings(rule, WithKey(key).Replace($"\"key\": \"{key}\"", $"\"key\": [|\"{key}\"|]", StringComparison.Ordinal));

    [Theory]
    [InlineData("Device_Registration", "did you mean \"device_registration\"?")]
    [InlineData("DEVICE_REGISTRATION", "did you mean \"device_registration\"?")]
    [InlineData("device_registraton", "did you mean \"device_registration\"?")]
    [InlineData("Device_Registratio", "did you mean \"device_registration\"?")]
    [InlineData("enable_sso_on_all_managedapps", "did you mean \"Enable_SSO_On_All_ManagedApps\"?")]
    [InlineData("AppAllowLists", "did you mean \"AppAllowList\"?")]
    [InlineData("AppPrefixAllowlist", "did you mean \"AppPrefixAllowList\"?")]
    [InlineData("disable_explicit_app_prompt_and_autologn", "did you mean \"disable_explicit_app_prompt_and_autologin\"?")]
    [InlineData("browser_sso_interaction", Ignored)]
    [InlineData("foo", Ignored)]
    public void Message_suggests_the_nearest_documented_key(string key, string advice)
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, WithKey(key)));
        Assert.Equal($"\"{key}\" is not a documented Enterprise SSO plug-in key; {advice}", finding.Message);
        Assert.Equal("/iosSingleSignOnExtension/configurations/2/key", finding.Pointer);
        Assert.Equal(Core.Rules.Severity.Warning, finding.Severity);
        Assert.Null(finding.Fix);
    }

    [Fact]
    public void Message_shows_the_key_as_written()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, WithKey("Device_Registration\\u00A0")));
        Assert.Equal("\"Device_Registration\\u00A0\" is not a documented Enterprise SSO plug-in key; did you mean \"device_registration\"?", finding.Message);
    }

    private static string WithKey(string key) =>
        Profile(configurations: BothKeys + ",\n" + Entry(key, "1", "keyIntegerValuePair"));
}
