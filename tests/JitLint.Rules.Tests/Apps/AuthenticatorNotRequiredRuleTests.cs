using JitLint.Rules.Apps;
using JitLint.Testing;
using static JitLint.Rules.Tests.TenantJson;

namespace JitLint.Rules.Tests.Apps;

public sealed class AuthenticatorNotRequiredRuleTests
{
    private readonly AuthenticatorNotRequiredRule rule = new();

    [Theory]
    [InlineData(Group)]
    [InlineData(AllUsers)]
    [InlineData(AllDevices)]
    public void Required_authenticator_is_clean(string target) =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: true, ("app.json", App("com.microsoft.azureauthenticator", target: target))));

    [Fact]
    public void Bundle_ids_compare_case_insensitively() =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: true, ("app.json", App("com.microsoft.AzureAuthenticator"))));

    [Theory]
    [InlineData("available", Group)]
    [InlineData("required", ExcludedGroup)]
    [InlineData("uninstall", AllDevices)]
    public void An_authenticator_that_is_not_required_is_reported_on_the_app(string intent, string target)
    {
        var finding = Assert.Single(RuleVerifier.LintFiles(rule, isWholeExport: true,
            ("a.json", CompliancePolicy), ("b.json", App("com.microsoft.azureauthenticator", intent, target))));
        Assert.Equal("b.json", finding.Location.File.DisplayPath);
        Assert.Equal(
            "Microsoft Authenticator has no assignment with intent required to a group, all users or all devices; the SSO extension runs inside Microsoft Authenticator, so JIT registration needs it installed as a required app.",
            finding.Message);
    }

    [Fact]
    public void An_authenticator_exported_without_assignments_says_so()
    {
        var finding = Assert.Single(RuleVerifier.LintFiles(rule, isWholeExport: true, ("app.json", UnassignedApp("com.microsoft.azureauthenticator"))));
        Assert.StartsWith("Microsoft Authenticator is in this export without its assignments, so nothing shows it as required;", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_authenticator_is_reported_on_the_sso_profile()
    {
        var finding = Assert.Single(RuleVerifier.LintFiles(rule, isWholeExport: true,
            ("a.json", CompliancePolicy), ("sso.json", Sso.SsoJson.Profile()), ("teams.json", App("com.microsoft.skype.teams"))));
        Assert.Equal("sso.json", finding.Location.File.DisplayPath);
        Assert.Equal(
            "Microsoft Authenticator (com.microsoft.azureauthenticator) is not in this export as an iOS app (the whole export was checked); the SSO extension runs inside Microsoft Authenticator, so JIT registration needs it installed as a required app.",
            finding.Message);
    }

    [Fact]
    public void Without_an_sso_profile_it_is_placed_on_the_first_document() =>
        Assert.Equal("a.json", Assert.Single(RuleVerifier.LintFiles(rule, isWholeExport: true, ("a.json", CompliancePolicy), ("b.json", CompliancePolicy))).Location.File.DisplayPath);

    [Fact]
    public void Single_files_are_not_checked() =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: false, ("a.json", CompliancePolicy)));
}
