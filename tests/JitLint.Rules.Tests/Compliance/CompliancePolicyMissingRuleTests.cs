using JitLint.Rules.Compliance;
using JitLint.Testing;
using static JitLint.Rules.Tests.TenantJson;

namespace JitLint.Rules.Tests.Compliance;

public sealed class CompliancePolicyMissingRuleTests
{
    private const string Assigned = """
        { "@odata.type": "#microsoft.graph.iosCompliancePolicy", "displayName": "iOS compliance",
          "assignments": [ { "target": { "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget" } } ] }
        """;

    private const string Unassigned = """{ "@odata.type": "#microsoft.graph.iosCompliancePolicy", "displayName": "iOS compliance", "assignments": [] }""";

    private readonly CompliancePolicyMissingRule rule = new();

    [Fact]
    public void An_assigned_compliance_policy_is_clean() =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: true, ("a.json", Unassigned), ("b.json", Assigned)));

    [Fact]
    public void A_policy_that_only_excludes_a_group_is_not_assigned()
    {
        const string excludedOnly = """
            { "@odata.type": "#microsoft.graph.iosCompliancePolicy", "displayName": "iOS compliance",
              "assignments": [ { "target": { "@odata.type": "#microsoft.graph.exclusionGroupAssignmentTarget", "groupId": "g" } } ] }
            """;
        Assert.Single(RuleVerifier.LintFiles(rule, isWholeExport: true, ("a.json", excludedOnly)));
    }

    [Fact]
    public void No_compliance_policy_is_reported_on_the_first_document()
    {
        var finding = Assert.Single(RuleVerifier.LintFiles(rule, isWholeExport: true, ("a.json", App("com.contoso.app"))));
        Assert.Equal("a.json", finding.Location.File.DisplayPath);
        Assert.Equal("The export has no iOS compliance policy, so JIT compliance remediation has nothing to show; the whole export was checked.", finding.Message);
    }

    [Fact]
    public void Unassigned_policies_are_reported_on_the_first_of_them()
    {
        var finding = Assert.Single(RuleVerifier.LintFiles(rule, isWholeExport: true, ("a.json", App("com.contoso.app")), ("b.json", Unassigned), ("c.json", CompliancePolicy)));
        Assert.Equal("b.json", finding.Location.File.DisplayPath);
        Assert.Equal(
            "None of the 2 iOS compliance policies in this export has an assignment, so JIT compliance remediation has nothing to show; the whole export was checked.",
            finding.Message);
    }

    [Fact]
    public void A_single_unassigned_policy_is_named_as_such() =>
        Assert.StartsWith(
            "The only iOS compliance policy in this export has no assignment,",
            Assert.Single(RuleVerifier.LintFiles(rule, isWholeExport: true, ("b.json", Unassigned))).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Single_files_are_not_checked() =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: false, ("b.json", Unassigned)));
}
