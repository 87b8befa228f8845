using JitLint.Rules.Sso;
using JitLint.Testing;
using static JitLint.Rules.Tests.Sso.SsoJson;

namespace JitLint.Rules.Tests.Sso;

public sealed class OtherMicrosoftAppInSsoAppListRuleTests
{
    private readonly OtherMicrosoftAppInSsoAppListRule rule = new();

    [Theory]
    [InlineData("\"com.contoso.expenses\"")]
    [InlineData("")]
    [InlineData("\"com.microsoft.azureauthenticator\"")]
    [InlineData("\"com.microsoftonline.portal\", \"com.microsoft\"")]
    public void Lists_without_other_microsoft_apps_are_clean(string bundleIds) =>
        RuleVerifier.VerifyFindings(rule, Profile(bundleIds));

    [Theory]
    [InlineData("[|\"com.microsoft.skype.teams\"|]")]
    [InlineData("\"com.contoso.expenses\", [|\"COM.Microsoft.Office.Outlook\"|]")]
    [InlineData("[|\"com.microsoft.azureauthenticator.ssoextension\"|]")]
    [InlineData("[|\" com.microsoft.msedge\"|], \"com.microsoft.azureauthenticator\"")]
    public void Microsoft_apps_are_reported_at_their_entry(string bundleIds) =>
        RuleVerifier.VerifyFindings(rule, Profile(bundleIds));

    [Theory]
    [InlineData("\"com.contoso.app, com.microsoft.azureauthenticator\"")]
    [InlineData("\"com.contoso.app, com.contoso.microsoft.app\"")]
    public void Allow_lists_without_other_microsoft_apps_are_clean(string value) =>
        RuleVerifier.VerifyFindings(rule, ProfileWithAllowList(value));

    [Theory]
    [InlineData("[|\"com.contoso.app, com.microsoft.skype.teams\"|]")]
    [InlineData("[|\"com.microsoft.azureauthenticator,com.microsoft.Office.Word\"|]")]
    public void Microsoft_apps_in_the_allow_list_are_reported_at_the_value(string value) =>
        RuleVerifier.VerifyFindings(rule, ProfileWithAllowList(value));

    [Fact]
    public void Each_microsoft_app_of_the_allow_list_is_a_finding() =>
        RuleVerifier.VerifyFindings(rule, ProfileWithAllowList("[|[|\"com.microsoft.skype.teams, com.microsoft.msedge\"|]|]"));

    [Theory]
    [InlineData("\"com.microsoft.skype.teams\"", "com.microsoft.skype.teams")]
    [InlineData("\"com.microsoft.skype.teams\\u200B\"", "com.microsoft.skype.teams\\u200B")]
    public void Message_names_the_entry(string bundleIds, string shown)
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile(bundleIds)));
        Assert.Equal(
            $"\"{shown}\" is a Microsoft app, which the SSO extension already covers; listing it causes extra sign-in prompts.",
            finding.Message);
        Assert.Equal(Core.Rules.Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Message_names_the_allow_list_entry()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, ProfileWithAllowList("\"com.contoso.app, com.microsoft.Office.Outlook\"")));
        Assert.Equal(
            "\"com.microsoft.Office.Outlook\" is a Microsoft app, which the SSO extension already covers; listing it causes extra sign-in prompts.",
            finding.Message);
    }

    [Theory]
    [InlineData("\"com.microsoft.skype.teams\", \"com.contoso.expenses\"", "\"com.contoso.expenses\"")]
    [InlineData("\"com.contoso.expenses\", \"com.microsoft.msedge\", \"com.microsoft.azureauthenticator\"", "\"com.contoso.expenses\", \"com.microsoft.azureauthenticator\"")]
    public void Fix_removes_the_entry(string before, string after) =>
        RuleVerifier.VerifyFix(rule, Profile(before), Profile(after));

    [Fact]
    public void Fix_rewrites_the_allow_list_without_the_entry() =>
        RuleVerifier.VerifyFix(
            rule,
            ProfileWithAllowList("\"com.contoso.a, com.microsoft.skype.teams, com.contoso.b\""),
            ProfileWithAllowList("\"com.contoso.a, com.contoso.b\""));

    [Fact]
    public void Two_apps_in_one_allow_list_string_keep_fingerprints_of_their_own()
    {
        var findings = RuleVerifier.Lint(rule, SsoJson.Profile(configurations: SsoJson.BothKeys + ",\n" +
            """      { "@odata.type": "#microsoft.graph.keyStringValuePair", "key": "AppAllowList", "value": "com.microsoft.skype.teams, com.microsoft.msedge" }"""));
        Assert.Equal(2, findings.Select(finding => finding.Fingerprint).Distinct().Count());
    }
}
