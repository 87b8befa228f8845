using JitLint.Rules.Sso;
using JitLint.Testing;
using static JitLint.Rules.Tests.Sso.SsoJson;

namespace JitLint.Rules.Tests.Sso;

public sealed class WhitespaceInSsoSettingRuleTests
{
    private readonly WhitespaceInSsoSettingRule rule = new();

    [Fact]
    public void Clean_keys_values_and_bundle_ids_are_clean() =>
        RuleVerifier.VerifyFindings(rule, Profile("\"com.contoso.expenses\", \"com.contoso.field service\""));

    [Theory]
    [InlineData("\"device_registration \"")]
    [InlineData("\"\\tdevice_registration\"")]
    [InlineData("\"device_registration\\u00A0\"")]
    [InlineData("\"device_\\u200Bregistration\"")]
    [InlineData("\"device_registration\\r\\n\"")]
    public void Keys_with_stray_characters_are_reported_at_the_key(string key) =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: DeviceRegistration.Replace("\"device_registration\"", $"[|{key}|]", StringComparison.Ordinal)));

    [Fact]
    public void String_values_and_bundle_ids_are_checked() =>
        RuleVerifier.VerifyFindings(rule, Profile(
            "[|\" com.contoso.expenses\"|]",
            DeviceRegistration.Replace("\"{{DEVICEREGISTRATION}}\"", "[|\"{{DEVICEREGISTRATION}}\\uFEFF\"|]", StringComparison.Ordinal)));

    [Theory]
    [InlineData("\"device_registration \"", "The key \"device_registration \" has a trailing space (U+0020); JIT registration silently fails on it.")]
    [InlineData("\"\\u00A0device_registration\"", "The key \"\\u00A0device_registration\" has a leading no-break space (U+00A0); JIT registration silently fails on it.")]
    [InlineData("\"device_\\u200Bregistration\"", "The key \"device_\\u200Bregistration\" has a zero-width space (U+200B); JIT registration silently fails on it.")]
    public void Message_shows_the_invisible_character(string key, string message)
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile(configurations: DeviceRegistration.Replace("\"device_registration\"", key, StringComparison.Ordinal))));
        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void Message_names_a_bundle_id()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile("\"com.contoso.expenses\\t\"")));
        Assert.Equal("The bundle ID \"com.contoso.expenses\\u0009\" has a trailing tab (U+0009); JIT registration silently fails on it.", finding.Message);
    }

    [Fact]
    public void Fix_trims_and_removes_invisible_characters() =>
        RuleVerifier.VerifyFix(
            rule,
            Profile("\" com.contoso.expenses\\u200B\"", BothKeys.Replace("\"device_registration\"", "\"device_\\u200Dregistration \"", StringComparison.Ordinal)),
            Profile());
}
