using JitLint.Rules.Compliance;
using JitLint.Testing;

namespace JitLint.Rules.Tests.Compliance;

public sealed class ConditionalAccessExcludesIntuneRuleTests
{
    private const string Intune = "\"0000000a-0000-0000-c000-000000000000\"";
    private const string IntuneEnrollment = "\"d4ebce55-015a-49b5-a083-c84d1797ae8c\"";

    private readonly ConditionalAccessExcludesIntuneRule rule = new();

    [Theory]
    [InlineData("")]
    [InlineData(IntuneEnrollment)]
    [InlineData("\"00000003-0000-0ff1-ce00-000000000000\", " + IntuneEnrollment)]
    public void Policies_without_the_intune_exclusion_are_clean(string excluded) =>
        RuleVerifier.VerifyFindings(rule, Policy(excluded));

    [Fact]
    public void Including_intune_is_not_excluding_it() =>
        RuleVerifier.VerifyFindings(rule, Policy(string.Empty).Replace("[\"Office365\"]", $"[{Intune}]", StringComparison.Ordinal));

    [Theory]
    [InlineData("[|" + Intune + "|]")]
    [InlineData(IntuneEnrollment + ", [|\"0000000A-0000-0000-C000-000000000000\"|]")]
    public void The_intune_exclusion_is_reported_at_its_entry(string excluded) =>
        RuleVerifier.VerifyFindings(rule, Policy(excluded));

    [Fact]
    public void A_policy_in_a_list_response_without_odata_type_is_checked() =>
        RuleVerifier.VerifyFindings(rule, """
            {
              "@odata.context": "https://graph.microsoft.com/beta/$metadata#identity/conditionalAccess/policies",
              "value": [
                {
                  "id": "a9d4e2f7-3c61-4b8a-9e05-1f7c6b3d8a24",
                  "displayName": "Require compliant iOS device",
                  "state": "enabled",
                  "conditions": {
                    "applications": { "includeApplications": ["All"], "excludeApplications": [[|"0000000a-0000-0000-c000-000000000000"|]] }
                  }
                }
              ]
            }
            """);

    [Fact]
    public void Message_names_the_policy_and_the_app()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Policy(Intune)));
        Assert.Equal(
            "The Conditional Access policy \"Require compliant iOS device\" excludes Microsoft Intune (0000000a-0000-0000-c000-000000000000), a JIT workaround not needed since February 2023 that only weakens the policy.",
            finding.Message);
        Assert.Equal("/conditions/applications/excludeApplications/0", finding.Pointer);
    }

    [Theory]
    [InlineData(Intune, "")]
    [InlineData(Intune + ", " + IntuneEnrollment, IntuneEnrollment)]
    [InlineData(IntuneEnrollment + ", " + Intune, IntuneEnrollment)]
    public void Fix_removes_the_entry_and_its_separator(string before, string after) =>
        RuleVerifier.VerifyFix(rule, Policy(before), Policy(after));

    private static string Policy(string excluded) => $$"""
        {
          "@odata.type": "#microsoft.graph.conditionalAccessPolicy",
          "id": "a9d4e2f7-3c61-4b8a-9e05-1f7c6b3d8a24",
          "displayName": "Require compliant iOS device",
          "state": "enabled",
          "conditions": {
            "clientAppTypes": ["all"],
            "platforms": { "includePlatforms": ["iOS"], "excludePlatforms": [] },
            "applications": {
              "includeApplications": ["Office365"],
              "excludeApplications": [{{excluded}}],
              "includeUserActions": []
            },
            "users": { "includeGroups": ["5f1c7a2e-3b84-4d6a-9e21-8c0d4b7f2a61"] }
          },
          "grantControls": { "operator": "OR", "builtInControls": ["compliantDevice"] }
        }
        """;
}
