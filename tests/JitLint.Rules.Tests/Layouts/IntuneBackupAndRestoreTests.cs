using JitLint.Rules.Apps;
using JitLint.Rules.Compliance;
using JitLint.Testing;

namespace JitLint.Rules.Tests.Layouts;

/// <summary>IntuneBackupAndRestore keeps assignments in &lt;Type&gt;/Assignments/ side files, in three shapes.</summary>
public sealed class IntuneBackupAndRestoreTests
{
    private const string AppId = "9b7c2f1e-0000-4000-8000-000000000001";

    private const string Authenticator = $$"""
        { "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceAppManagement/mobileApps/$entity",
          "@odata.type": "#microsoft.graph.iosVppApp", "id": "{{AppId}}", "displayName": "Microsoft Authenticator", "bundleId": "com.microsoft.azureauthenticator" }
        """;

    private const string RequiredToGroup = """{ "intent": "required", "target": { "@odata.type": "#microsoft.graph.groupAssignmentTarget", "groupId": "g1" } }""";

    [Theory]
    [InlineData(RequiredToGroup)]
    [InlineData("[ " + RequiredToGroup + " ]")]
    [InlineData("{ \"@odata.context\": \"https://graph.microsoft.com/beta/$metadata#deviceAppManagement/mobileApps('x')/assignments\", \"value\": [ " + RequiredToGroup + " ] }")]
    public void An_app_assigned_in_a_side_file_named_by_its_id_is_assigned(string assignments) =>
        Assert.Empty(RuleVerifier.LintFiles(new AuthenticatorNotRequiredRule(), isWholeExport: true,
            ("/export/Client Apps/iosVppApp_Microsoft Authenticator.json", Authenticator),
            ($"/export/Client Apps/Assignments/{AppId} - Microsoft Authenticator.json", assignments)));

    [Fact]
    public void Without_its_side_file_the_app_is_reported_as_exported_without_assignments() =>
        Assert.StartsWith(
            "Microsoft Authenticator is in this export without its assignments",
            Assert.Single(RuleVerifier.LintFiles(new AuthenticatorNotRequiredRule(), isWholeExport: true,
                ("/export/Client Apps/iosVppApp_Microsoft Authenticator.json", Authenticator))).Message,
            StringComparison.Ordinal);

    [Fact]
    public void A_policy_side_file_with_the_policy_file_name_assigns_it()
    {
        const string policy = """{ "@odata.type": "#microsoft.graph.iosCompliancePolicy", "id": "c1", "displayName": "iOS compliance" }""";
        const string assignment = """{ "id": "c1_g1", "target": { "@odata.type": "#microsoft.graph.groupAssignmentTarget", "groupId": "g1" } }""";
        Assert.Empty(RuleVerifier.LintFiles(new CompliancePolicyMissingRule(), isWholeExport: true,
            ("/export/Device Compliance Policies/iOS compliance.json", policy),
            ("/export/Device Compliance Policies/Assignments/iOS compliance.json", assignment)));
    }

    [Fact]
    public void A_side_file_of_another_type_folder_does_not_count()
    {
        const string policy = """{ "@odata.type": "#microsoft.graph.iosCompliancePolicy", "id": "c1", "displayName": "iOS compliance" }""";
        const string assignment = """{ "target": { "@odata.type": "#microsoft.graph.groupAssignmentTarget", "groupId": "g1" } }""";
        Assert.Single(RuleVerifier.LintFiles(new CompliancePolicyMissingRule(), isWholeExport: true,
            ("/export/Device Compliance Policies/iOS compliance.json", policy),
            ("/export/Device Configurations/Assignments/iOS compliance.json", assignment)));
    }

    [Fact]
    public void Side_files_are_not_reported_as_unrecognised() =>
        Assert.Empty(RuleVerifier.LintFiles(new CompliancePolicyMissingRule(), isWholeExport: false,
            ("/export/Device Configurations/Assignments/Restrictions.json", "[ " + RequiredToGroup + " ]")));
}
