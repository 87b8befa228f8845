using JitLint.Rules.Enrollment;
using JitLint.Testing;
using static JitLint.Rules.Tests.Enrollment.AdeJson;

namespace JitLint.Rules.Tests.Enrollment;

public sealed class AdeAuthenticationFlagsContradictRuleTests
{
    private readonly AdeAuthenticationFlagsContradictRule rule = new();

    [Theory]
    [InlineData("false", "false", "false")]
    [InlineData("true", "true", "false")]
    [InlineData("true", "false", "true")]
    [InlineData("true", "false", "false")]
    [InlineData(null, null, null)]
    public void Every_admin_center_choice_is_clean(string? userAffinity, string? companyPortal, string? modernAuthentication) =>
        RuleVerifier.VerifyFindings(rule, Profile(userAffinity, companyPortal, modernAuthentication));

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void Both_methods_are_reported_at_the_later_of_the_two_flags(string userAffinity) =>
        RuleVerifier.VerifyFindings(rule, Profile(userAffinity, "true", "true").Mark(ModernAuthentication));

    [Fact]
    public void The_later_flag_is_found_whatever_the_property_order() =>
        RuleVerifier.VerifyFindings(rule, """
            {
              "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile",
              "displayName": "iOS ADE - Corporate",
              "requireCompanyPortalOnSetupAssistantEnrolledDevices": true,
              "requiresUserAuthentication": true,
              [|"enableAuthenticationViaCompanyPortal"|]: true
            }
            """);

    [Fact]
    public void Company_portal_without_user_affinity_is_reported_at_the_later_flag() =>
        RuleVerifier.VerifyFindings(rule, Profile("false", "true", "false").Mark(CompanyPortal));

    [Fact]
    public void Modern_authentication_without_user_affinity_is_reported_at_the_later_flag() =>
        RuleVerifier.VerifyFindings(rule, Profile("false", "false", "true").Mark(ModernAuthentication));

    [Fact]
    public void An_absent_user_affinity_flag_counts_as_false() =>
        RuleVerifier.VerifyFindings(rule, Profile(null, "true", null).Mark(CompanyPortal));

    [Fact]
    public void The_user_affinity_flag_is_the_anchor_when_it_comes_last() =>
        RuleVerifier.VerifyFindings(rule, """
            {
              "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile",
              "displayName": "Kiosk",
              "enableAuthenticationViaCompanyPortal": true,
              [|"requiresUserAuthentication"|]: false
            }
            """);

    [Fact]
    public void Message_names_both_methods()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile("true", "true", "true")));
        Assert.Equal(
            "The ADE profile \"iOS ADE - Corporate\" sets both enableAuthenticationViaCompanyPortal and requireCompanyPortalOnSetupAssistantEnrolledDevices to true; choose Company Portal or Setup Assistant with modern authentication.",
            finding.Message);
        Assert.Null(finding.Fix);
    }

    [Fact]
    public void Message_names_the_method_and_the_missing_user_affinity()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile("false", "false", "true", displayName: "Kiosk")));
        Assert.Equal(
            "The ADE profile \"Kiosk\" sets requireCompanyPortalOnSetupAssistantEnrolledDevices to true while requiresUserAuthentication is false; an authentication method applies only to a profile with user affinity.",
            finding.Message);
    }
}
