using JitLint.Rules.Sso;
using JitLint.Testing;
using static JitLint.Rules.Tests.Sso.SsoJson;

namespace JitLint.Rules.Tests.Sso;

public sealed class SsoProfileUnassignedRuleTests
{
    private const string Assignment =
        """{ "target": { "@odata.type": "#microsoft.graph.groupAssignmentTarget", "groupId": "5f1c7a2e-3b84-4d6a-9e21-8c0d4b7f2a61" } }""";

    private readonly SsoProfileUnassignedRule rule = new();

    [Fact]
    public void A_profile_with_an_assignment_is_clean() => RuleVerifier.VerifyFindings(rule, WithAssignments($"[{Assignment}]"));

    [Fact]
    public void A_profile_exported_without_assignments_is_clean() => RuleVerifier.VerifyFindings(rule, Profile());

    [Theory]
    [InlineData("null")]
    [InlineData(Assignment)]
    public void Assignments_that_are_not_an_array_are_not_reported(string assignments) =>
        RuleVerifier.VerifyFindings(rule, WithAssignments(assignments));

    [Fact]
    public void A_profile_without_an_sso_extension_is_not_checked() =>
        RuleVerifier.VerifyFindings(rule, """
            { "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration", "iosSingleSignOnExtension": null, "assignments": [] }
            """);

    [Theory]
    [InlineData("[]")]
    [InlineData("[\n  ]")]
    public void Empty_assignments_are_reported_at_the_property_name(string assignments) =>
        RuleVerifier.VerifyFindings(rule, WithAssignments(assignments).Replace("\"assignments\"", "[|\"assignments\"|]", StringComparison.Ordinal));

    [Fact]
    public void A_profile_with_two_extensions_is_reported_once() =>
        RuleVerifier.VerifyFindings(rule, """
            {
              "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
              "iosSingleSignOnExtension": { "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension" },
              "singleSignOnExtension": { "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension" },
              [|"assignments"|]: []
            }
            """);

    [Fact]
    public void Message_names_the_profile()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, WithAssignments("[]")));
        Assert.Equal("The SSO extension profile \"iOS - Enterprise SSO\" has no assignments, so it reaches no device.", finding.Message);
        Assert.Equal("/assignments", finding.Pointer);
        Assert.Equal(Core.Rules.Severity.Warning, finding.Severity);
        Assert.Null(finding.Fix);
    }

    [Fact]
    public void Message_falls_back_for_an_unnamed_profile()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, WithAssignments("[]").Replace("\"displayName\": \"iOS - Enterprise SSO\",", string.Empty, StringComparison.Ordinal)));
        Assert.Equal("The SSO extension profile \"(unnamed)\" has no assignments, so it reaches no device.", finding.Message);
    }

    [Fact]
    public void Each_profile_of_a_graph_list_response_is_checked() =>
        RuleVerifier.VerifyFindings(rule, $$"""
            {
              "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceManagement/deviceConfigurations",
              "value": [
                {
                  "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
                  "iosSingleSignOnExtension": { "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension" },
                  "assignments": [{{Assignment}}]
                },
                {
                  "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
                  "iosSingleSignOnExtension": { "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension" },
                  [|"assignments"|]: []
                }
              ]
            }
            """);

    /// <summary>The profile with an assignments property (JSON) after its other properties.</summary>
    private static string WithAssignments(string assignments)
    {
        var profile = Profile();
        var end = profile.LastIndexOf('}');
        return profile[..end].TrimEnd() + $",\n  \"assignments\": {assignments}\n}}";
    }
}
