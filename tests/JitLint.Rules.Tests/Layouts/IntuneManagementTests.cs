using JitLint.Rules.Sso;
using JitLint.Testing;

namespace JitLint.Rules.Tests.Layouts;

/// <summary>IntuneManagement writes MigrationTable.json and Groups/*.json beside the export: known side files.</summary>
public sealed class IntuneManagementTests
{
    [Fact]
    public void The_migration_table_is_not_reported_as_unrecognised() =>
        Assert.Empty(RuleVerifier.LintFiles(new SsoExtensionMissingRule(), isWholeExport: false,
            ("/export/Contoso/MigrationTable.json", """{ "TenantId": "%OrganizationId%", "Organization": "Contoso", "Objects": [ { "Id": "1", "DisplayName": "A", "Type": "#microsoft.graph.iosVppApp" } ] }""")));

    [Fact]
    public void Exported_groups_are_recognised_by_their_context() =>
        Assert.Empty(RuleVerifier.LintFiles(new SsoExtensionMissingRule(), isWholeExport: false,
            ("/export/Contoso/Groups/iOS JIT users.json", """
                { "@odata.context": "https://graph.microsoft.com/beta/$metadata#groups/$entity", "id": "g1", "displayName": "iOS JIT users", "securityEnabled": true, "mailEnabled": false }
                """)));

    [Fact]
    public void A_json_file_named_like_the_migration_table_but_shaped_otherwise_is_still_reported() =>
        Assert.Equal("JIT002", Assert.Single(RuleVerifier.LintFiles(new SsoExtensionMissingRule(), isWholeExport: false,
            ("/export/MigrationTable.json", """{ "something": "else" }"""))).Rule.Id);
}
