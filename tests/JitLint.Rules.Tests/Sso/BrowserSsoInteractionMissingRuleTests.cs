using JitLint.Rules.Sso;
using JitLint.Testing;
using static JitLint.Rules.Tests.Sso.SsoJson;

namespace JitLint.Rules.Tests.Sso;

public sealed class BrowserSsoInteractionMissingRuleTests
{
    private readonly BrowserSsoInteractionMissingRule rule = new();

    [Fact]
    public void Present_key_is_clean() => RuleVerifier.VerifyFindings(rule, Profile());

    [Fact]
    public void Missing_key_is_reported_at_the_configurations_name() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: DeviceRegistration).Replace("\"configurations\"", "[|\"configurations\"|]", StringComparison.Ordinal));

    [Fact]
    public void Message_says_what_to_add()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile(configurations: DeviceRegistration)));
        Assert.Equal(
            "The SSO extension has no \"browser_sso_interaction_enabled\" key; add it as integer 1 so Safari and apps without MSAL get single sign-on.",
            finding.Message);
        Assert.Equal(Core.Rules.Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Fix_appends_an_integer_entry() =>
        RuleVerifier.VerifyFix(rule, Profile(configurations: DeviceRegistration), Profile(configurations: BothKeys));

    [Fact]
    public void Fix_keeps_crlf_newlines()
    {
        var before = Profile(configurations: DeviceRegistration).ReplaceLineEndings("\r\n");
        RuleVerifier.VerifyFix(rule, before, Profile(configurations: BothKeys).ReplaceLineEndings("\r\n"));
    }

    [Fact]
    public void Fix_follows_a_one_property_per_line_layout_and_its_colon_spacing()
    {
        const string multiLine = """
                  {
                    "@odata.type":  "#microsoft.graph.keyStringValuePair",
                    "key":  "device_registration",
                    "value":  "{{DEVICEREGISTRATION}}"
                  }
            """;
        const string added = """
                  {
                    "@odata.type":  "#microsoft.graph.keyIntegerValuePair",
                    "key":  "browser_sso_interaction_enabled",
                    "value":  1
                  }
            """;
        RuleVerifier.VerifyFix(rule, Profile(configurations: multiLine), Profile(configurations: multiLine + ",\n" + added));
    }
}
