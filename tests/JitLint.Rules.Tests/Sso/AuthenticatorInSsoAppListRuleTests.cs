using JitLint.Rules.Sso;
using JitLint.Testing;
using static JitLint.Rules.Tests.Sso.SsoJson;

namespace JitLint.Rules.Tests.Sso;

public sealed class AuthenticatorInSsoAppListRuleTests
{
    private readonly AuthenticatorInSsoAppListRule rule = new();

    [Theory]
    [InlineData("\"com.contoso.expenses\"")]
    [InlineData("")]
    [InlineData("\"com.microsoft.skype.teams\"")]
    [InlineData("\"com.microsoft.azureauthenticator.ssoextension\"")]
    public void Lists_without_authenticator_are_clean(string bundleIds) =>
        RuleVerifier.VerifyFindings(rule, Profile(bundleIds));

    [Theory]
    [InlineData("[|\"com.microsoft.azureauthenticator\"|]")]
    [InlineData("\"com.contoso.expenses\", [|\"com.microsoft.AzureAuthenticator\"|]")]
    [InlineData("[|\"com.microsoft.azureauthenticator \"|], \"com.contoso.expenses\"")]
    public void Authenticator_is_reported_at_its_entry(string bundleIds) =>
        RuleVerifier.VerifyFindings(rule, Profile(bundleIds));

    [Fact]
    public void The_deprecated_property_and_a_type_without_hash_are_read_too() =>
        RuleVerifier.VerifyFindings(rule, """
            {
              "@odata.type": "microsoft.graph.iosDeviceFeaturesConfiguration",
              "iosSingleSignOnExtension": null,
              "singleSignOnExtension": {
                "@odata.type": "microsoft.graph.iosAzureAdSingleSignOnExtension",
                "bundleIdAccessControlList": [[|"com.microsoft.azureauthenticator"|]]
              }
            }
            """);

    [Fact]
    public void Other_extension_types_are_not_the_entra_id_extension() =>
        RuleVerifier.VerifyFindings(rule, """
            {
              "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
              "iosSingleSignOnExtension": {
                "@odata.type": "#microsoft.graph.iosRedirectSingleSignOnExtension",
                "bundleIdAccessControlList": ["com.microsoft.azureauthenticator"]
              }
            }
            """);

    [Fact]
    public void Each_element_of_a_graph_list_response_is_checked_in_place() =>
        RuleVerifier.VerifyFindings(rule, """
            {
              "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceManagement/deviceConfigurations",
              "value": [
                { "@odata.type": "#microsoft.graph.iosGeneralDeviceConfiguration", "bundleIdAccessControlList": ["com.microsoft.azureauthenticator"] },
                {
                  "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
                  "iosSingleSignOnExtension": {
                    "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension",
                    "bundleIdAccessControlList": [[|"com.microsoft.azureauthenticator"|]]
                  }
                }
              ]
            }
            """);

    [Fact]
    public void Message_names_the_entry()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile("\"com.microsoft.Azureauthenticator\"")));
        Assert.Equal(
            "\"com.microsoft.Azureauthenticator\" is Microsoft Authenticator, which must not be in the SSO extension's bundle ID list: it breaks JIT registration.",
            finding.Message);
        Assert.Equal("/iosSingleSignOnExtension/bundleIdAccessControlList/0", finding.Pointer);
    }

    [Theory]
    [InlineData("\"com.microsoft.azureauthenticator\", \"com.contoso.expenses\"", "\"com.contoso.expenses\"")]
    [InlineData("\"com.contoso.expenses\", \"com.microsoft.azureauthenticator\"", "\"com.contoso.expenses\"")]
    [InlineData("\"com.microsoft.azureauthenticator\"", "")]
    public void Fix_removes_the_entry_and_its_separator(string before, string after) =>
        RuleVerifier.VerifyFix(rule, Profile(before), Profile(after));

    [Fact]
    public void Fix_keeps_one_entry_per_line_layout() =>
        RuleVerifier.VerifyFix(
            rule,
            Profile("\n      \"com.contoso.a\",\n      \"com.microsoft.azureauthenticator\",\n      \"com.contoso.b\"\n    "),
            Profile("\n      \"com.contoso.a\",\n      \"com.contoso.b\"\n    "));

    [Theory]
    [InlineData("\"com.contoso.app, com.microsoft.azureauthenticator.ssoextension\"")]
    [InlineData("\"\"")]
    [InlineData("[\"com.microsoft.azureauthenticator\"]")]
    public void Allow_lists_without_authenticator_as_a_string_entry_are_clean(string value) =>
        RuleVerifier.VerifyFindings(rule, ProfileWithAllowList(value));

    [Theory]
    [InlineData("[|\"com.microsoft.azureauthenticator\"|]")]
    [InlineData("[|\"com.contoso.app, com.microsoft.azureauthenticator\"|]")]
    [InlineData("[|\"com.contoso.app,com.microsoft.AzureAuthenticator,com.contoso.other\"|]")]
    [InlineData("[|\"com.contoso.app,\\u00A0com.microsoft.azureauthenticator\"|]")]
    public void Authenticator_in_the_allow_list_is_reported_at_the_value(string value) =>
        RuleVerifier.VerifyFindings(rule, ProfileWithAllowList(value));

    [Fact]
    public void Allow_list_key_with_stray_whitespace_is_still_read() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: BothKeys + ",\n" + Entry("AppAllowList ", "[|\"com.microsoft.azureauthenticator\"|]")));

    [Fact]
    public void Other_comma_separated_keys_are_not_the_allow_list() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: BothKeys + ",\n" + Entry("AppBlockList", "\"com.microsoft.azureauthenticator\"")));

    [Fact]
    public void Message_names_the_allow_list_entry()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, ProfileWithAllowList("\"com.contoso.app,  com.microsoft.azureAuthenticator \"")));
        Assert.Equal(
            "\"com.microsoft.azureAuthenticator\" is Microsoft Authenticator, which must not be in the SSO extension's bundle ID list: it breaks JIT registration.",
            finding.Message);
        Assert.Equal("/iosSingleSignOnExtension/configurations/2/value", finding.Pointer);
    }

    [Theory]
    [InlineData("com.microsoft.azureauthenticator, com.contoso.a", "com.contoso.a")]
    [InlineData("com.contoso.a, com.microsoft.azureauthenticator, com.contoso.b", "com.contoso.a, com.contoso.b")]
    [InlineData("com.contoso.a, com.microsoft.azureauthenticator", "com.contoso.a")]
    [InlineData("com.contoso.a,com.microsoft.azureauthenticator,com.contoso.b", "com.contoso.a,com.contoso.b")]
    [InlineData("com.contoso.a, , com.microsoft.azureauthenticator", "com.contoso.a")]
    [InlineData("com.microsoft.azureauthenticator", "")]
    public void Fix_rewrites_the_allow_list_without_the_entry(string before, string after) =>
        RuleVerifier.VerifyFix(rule, ProfileWithAllowList($"\"{before}\""), ProfileWithAllowList($"\"{after}\""));

    [Fact]
    public void Both_lists_are_fixed_at_once() =>
        RuleVerifier.VerifyFix(
            rule,
            Profile("\"com.microsoft.azureauthenticator\"", BothKeys + ",\n" + Entry("AppAllowList", "\"com.microsoft.azureauthenticator, com.contoso.a\"")),
            Profile(string.Empty, BothKeys + ",\n" + Entry("AppAllowList", "\"com.contoso.a\"")));
}
