using JitLint.Rules.Enrollment;
using JitLint.Testing;
using static JitLint.Rules.Tests.Enrollment.AdeJson;

namespace JitLint.Rules.Tests.Enrollment;

public sealed class AdeProfileNotModernAuthenticationRuleTests
{
    private readonly AdeProfileNotModernAuthenticationRule rule = new();

    [Theory]
    [InlineData("true", "false", "true")]
    [InlineData("true", null, "true")]
    [InlineData("false", "false", "false")]
    [InlineData(null, null, null)]
    public void Modern_authentication_and_profiles_without_user_affinity_are_clean(string? userAffinity, string? companyPortal, string? modernAuthentication) =>
        RuleVerifier.VerifyFindings(rule, Profile(userAffinity, companyPortal, modernAuthentication));

    [Theory]
    [InlineData("true", "true", "true")]
    [InlineData("false", "true", "false")]
    [InlineData("false", "false", "true")]
    public void Contradicting_flags_are_left_to_jit302(string userAffinity, string companyPortal, string modernAuthentication) =>
        RuleVerifier.VerifyFindings(rule, Profile(userAffinity, companyPortal, modernAuthentication));

    [Fact]
    public void Company_portal_is_reported_at_its_flag() =>
        RuleVerifier.VerifyFindings(rule, Profile("true", "true", "false").Mark(CompanyPortal));

    [Fact]
    public void Legacy_setup_assistant_is_reported_at_the_modern_authentication_flag() =>
        RuleVerifier.VerifyFindings(rule, Profile("true", "false", "false").Mark(ModernAuthentication));

    [Theory]
    [InlineData("false")]
    [InlineData(null)]
    public void Without_the_modern_authentication_flag_legacy_is_reported_at_the_user_affinity_flag(string? companyPortal) =>
        RuleVerifier.VerifyFindings(rule, Profile("true", companyPortal, null).Mark(UserAffinity));

    [Fact]
    public void A_null_flag_counts_as_false() =>
        RuleVerifier.VerifyFindings(rule, Profile("true", "null", "null").Mark(ModernAuthentication));

    [Fact]
    public void The_older_dep_enrollment_profile_type_in_a_list_response_is_checked_too() =>
        RuleVerifier.VerifyFindings(rule, """
            {
              "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceManagement/depOnboardingSettings('b14e7c2a-5f83-4d09-9a6e-3c8b2f1d7e54')/enrollmentProfiles",
              "value": [
                { "@odata.type": "#microsoft.graph.depMacOSEnrollmentProfile", "displayName": "macOS ADE", "requiresUserAuthentication": true, "enableAuthenticationViaCompanyPortal": true },
                { "@odata.type": "#microsoft.graph.depEnrollmentProfile", "displayName": "iOS ADE - Legacy", "requiresUserAuthentication": true, [|"enableAuthenticationViaCompanyPortal"|]: true }
              ]
            }
            """);

    [Fact]
    public void Message_names_company_portal_and_the_profile()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile("true", "true", "false")));
        Assert.Equal(
            "The ADE profile \"iOS ADE - Corporate\" authenticates users with Company Portal, not Setup Assistant with modern authentication, which JIT registration needs.",
            finding.Message);
        Assert.Equal("/enableAuthenticationViaCompanyPortal", finding.Pointer);
        Assert.Null(finding.Fix);
    }

    [Fact]
    public void Message_names_the_legacy_setup_assistant()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile("true", "false", "false", displayName: "iOS ADE - Field")));
        Assert.Equal(
            "The ADE profile \"iOS ADE - Field\" authenticates users with the legacy Setup Assistant, not Setup Assistant with modern authentication, which JIT registration needs.",
            finding.Message);
    }

    [Fact]
    public void A_profile_without_a_display_name_is_called_unnamed()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, """
            { "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "requiresUserAuthentication": true, "enableAuthenticationViaCompanyPortal": true }
            """));
        Assert.StartsWith("The ADE profile \"(unnamed)\" authenticates users with Company Portal,", finding.Message, StringComparison.Ordinal);
    }
}
