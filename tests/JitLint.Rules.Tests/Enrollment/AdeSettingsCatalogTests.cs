using JitLint.Rules.Enrollment;
using JitLint.Testing;

namespace JitLint.Rules.Tests.Enrollment;

/// <summary>The settings catalog form of an ADE profile, read by the same rules as depIOSEnrollmentProfile.</summary>
public sealed class AdeSettingsCatalogTests
{
    [Fact]
    public void Modern_authentication_with_user_affinity_is_clean()
    {
        Assert.Empty(RuleVerifier.Lint(new AdeProfileNotModernAuthenticationRule(), Policy("ade_useraffinity_1", "ade_authenticationmethod_2")));
        Assert.Empty(RuleVerifier.Lint(new AdeProfileWithoutUserAffinityRule(), Policy("ade_useraffinity_1", "ade_authenticationmethod_2")));
    }

    [Fact]
    public void Another_authentication_method_is_jit301_at_its_value() =>
        RuleVerifier.VerifyFindings(new AdeProfileNotModernAuthenticationRule(),
            Policy("ade_useraffinity_1", "ade_authenticationmethod_1").Replace("\"ade_authenticationmethod_1\"", "[|\"ade_authenticationmethod_1\"|]", StringComparison.Ordinal));

    [Fact]
    public void Jit301_names_the_method_it_found()
    {
        var finding = Assert.Single(RuleVerifier.Lint(new AdeProfileNotModernAuthenticationRule(), Policy("ade_useraffinity_1", "ade_authenticationmethod_0")));
        Assert.Equal(
            "The ADE profile \"iOS ADE (settings catalog)\" authenticates users with the authentication method \"ade_authenticationmethod_0\", not Setup Assistant with modern authentication, which JIT registration needs.",
            finding.Message);
    }

    [Fact]
    public void Without_user_affinity_it_is_jit303_at_the_affinity_choice() =>
        RuleVerifier.VerifyFindings(new AdeProfileWithoutUserAffinityRule(),
            Policy("ade_useraffinity_0", null).Replace("\"ade_useraffinity_0\"", "[|\"ade_useraffinity_0\"|]", StringComparison.Ordinal));

    [Fact]
    public void Settings_catalog_policies_that_are_not_enrollment_policies_are_not_checked() =>
        Assert.Empty(RuleVerifier.Lint(new AdeProfileWithoutUserAffinityRule(),
            Policy("ade_useraffinity_0", null).Replace("\"enrollment\"", "\"mdm,appleRemoteManagement\"", StringComparison.Ordinal)));

    private static string Policy(string affinity, string? method) => $$"""
        {
          "@odata.type": "#microsoft.graph.deviceManagementConfigurationPolicy",
          "name": "iOS ADE (settings catalog)",
          "platforms": "iOS",
          "technologies": "enrollment",
          "templateReference": { "templateId": "27d20e9c-50c1-48f8-a44c-f37de4510051_1", "templateFamily": "enrollmentConfiguration" },
          "settings": [
            {
              "id": "0",
              "settingInstance": {
                "@odata.type": "#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance",
                "settingDefinitionId": "ade_useraffinity",
                "choiceSettingValue": {
                  "value": "{{affinity}}",
                  "children": [{{(method is null ? "" : $$"""
                    { "@odata.type": "#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance",
                      "settingDefinitionId": "ade_authenticationmethod",
                      "choiceSettingValue": { "value": "{{method}}", "children": [] } }
        """)}}]
                }
              }
            }
          ]
        }
        """;
}
