using JitLint.Rules.Enrollment;
using JitLint.Testing;
using static JitLint.Rules.Tests.TenantJson;

namespace JitLint.Rules.Tests.Enrollment;

public sealed class EnrollmentProfileMissingRuleTests
{
    private readonly EnrollmentProfileMissingRule rule = new();

    [Theory]
    [InlineData("""{ "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "displayName": "ADE" }""")]
    [InlineData("""{ "@odata.type": "#microsoft.graph.deviceManagementConfigurationPolicy", "name": "ADE", "platforms": "iOS", "technologies": "enrollment" }""")]
    [InlineData("""{ "@odata.type": "#microsoft.graph.appleUserInitiatedEnrollmentProfile", "platform": "iOS", "defaultEnrollmentType": "accountDrivenUserEnrollment" }""")]
    [InlineData("""{ "@odata.type": "#microsoft.graph.appleUserInitiatedEnrollmentProfile", "availableEnrollmentTypeOptions": [ { "enrollmentType": "accountDrivenUserEnrollment" } ] }""")]
    public void An_export_with_an_enrollment_profile_is_clean(string profile) =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: true, ("a.json", CompliancePolicy), ("p.json", profile)));

    [Theory]
    [InlineData("""{ "@odata.type": "#microsoft.graph.deviceManagementConfigurationPolicy", "platforms": "iOS", "technologies": "mdm,appleRemoteManagement" }""")]
    [InlineData("""{ "@odata.type": "#microsoft.graph.appleUserInitiatedEnrollmentProfile", "defaultEnrollmentType": "device" }""")]
    public void Other_profiles_do_not_count(string profile)
    {
        var finding = Assert.Single(RuleVerifier.LintFiles(rule, isWholeExport: true, ("a.json", CompliancePolicy), ("p.json", profile)));
        Assert.Equal("a.json", finding.Location.File.DisplayPath);
        Assert.Equal(
            "None of the 2 documents of this export is an iOS ADE enrollment profile or an account-driven user enrollment profile, so the enrollment half of JIT was not checked; this finding is placed on the export's first document.",
            finding.Message);
    }

    [Fact]
    public void Single_files_are_not_checked() =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: false, ("a.json", CompliancePolicy)));
}
