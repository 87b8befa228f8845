namespace JitLint.Rules.Tests;

/// <summary>Minimal Graph objects for tenant rule tests.</summary>
internal static class TenantJson
{
    public const string Group = "#microsoft.graph.groupAssignmentTarget";
    public const string AllUsers = "#microsoft.graph.allLicensedUsersAssignmentTarget";
    public const string AllDevices = "#microsoft.graph.allDevicesAssignmentTarget";
    public const string ExcludedGroup = "#microsoft.graph.exclusionGroupAssignmentTarget";

    public static string App(string bundleId, string intent = "required", string target = Group, string id = "11111111-1111-1111-1111-111111111111") => $$"""
        { "@odata.type": "#microsoft.graph.iosStoreApp", "id": "{{id}}", "displayName": "{{bundleId}}", "bundleId": "{{bundleId}}",
          "assignments": [ { "intent": "{{intent}}", "target": { "@odata.type": "{{target}}", "groupId": "g1" } } ] }
        """;

    public static string UnassignedApp(string bundleId) =>
        $$"""{ "@odata.type": "#microsoft.graph.iosVppApp", "displayName": "{{bundleId}}", "bundleId": "{{bundleId}}" }""";

    public const string CompliancePolicy = """{ "@odata.type": "#microsoft.graph.iosCompliancePolicy", "displayName": "iOS compliance" }""";
}
