using JitLint.Testing;

namespace JitLint.Rules.Tests.Sso;

/// <summary>The same extension stored as a Device features profile or a settings catalog policy gives the same findings.</summary>
public sealed class SsoFormsTests
{
    private const string StringType = "com.apple.extensiblesso_ignored_0";
    private const string IntegerType = "com.apple.extensiblesso_ignored_1";

    public static TheoryData<string, (string Key, string Type, string Value)[]> Scenarios => new()
    {
        { "clean", [("device_registration", "string", "{{DEVICEREGISTRATION}}"), ("browser_sso_interaction_enabled", "integer", "1")] },
        { "missing keys", [("disable_explicit_app_prompt", "integer", "1")] },
        { "whitespace in a key", [("device_registration ", "string", "{{DEVICEREGISTRATION}}"), ("browser_sso_interaction_enabled", "integer", "1")] },
        { "near-miss token and string-typed 1", [("device_registration", "string", "{{deviceregistration}}"), ("browser_sso_interaction_enabled", "string", "1")] },
        { "apps in the allow list", [("device_registration", "string", "{{DEVICEREGISTRATION}}"), ("browser_sso_interaction_enabled", "integer", "1"), ("AppAllowList", "string", "com.microsoft.azureauthenticator, com.microsoft.skype.teams")] },
        { "unknown and duplicate keys", [("device_registration", "string", "{{DEVICEREGISTRATION}}"), ("device_registration", "string", "{{DEVICEREGISTRATION}}"), ("browser_sso_interaction_enabled", "integer", "1"), ("Device_Registration", "string", "x")] },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Both_forms_give_the_same_rule_ids(string scenario, (string Key, string Type, string Value)[] entries)
    {
        var deviceFeatures = RuleIds(DeviceFeatures(entries));
        Assert.Equal(scenario == "clean", deviceFeatures.Count == 0);
        Assert.Equal(deviceFeatures, RuleIds(SettingsCatalog(entries)));
    }

    [Fact]
    public void Findings_in_the_settings_catalog_form_point_at_the_setting_values() =>
        RuleVerifier.VerifyFindings(new JitLint.Rules.Sso.WhitespaceInSsoSettingRule(), SettingsCatalog([("device_registration ", "string", "{{DEVICEREGISTRATION}}")])
            .Replace("\"value\": \"device_registration \"", "\"value\": [|\"device_registration \"|]", StringComparison.Ordinal));

    [Fact]
    public void A_missing_key_in_the_settings_catalog_form_has_no_fix_of_the_device_features_shape()
    {
        var finding = Assert.Single(RuleVerifier.Lint(new JitLint.Rules.Sso.BrowserSsoInteractionMissingRule(), SettingsCatalog([("device_registration", "string", "{{DEVICEREGISTRATION}}")])));
        Assert.Null(finding.Fix);
        Assert.Equal("/settings/0/settingInstance/groupSettingCollectionValue/0/children/0/groupSettingCollectionValue", finding.Pointer);
    }

    private static List<string> RuleIds(string json) =>
        [.. new Core.Engine.Linter(BuiltInRules.All).Lint([Core.Engine.SourceInput.InMemory("p.json", System.Text.Encoding.UTF8.GetBytes(json))], false)
            .Findings.Select(finding => finding.Rule.Id).Order(StringComparer.Ordinal)];

    internal static string DeviceFeatures((string Key, string Type, string Value)[] entries) => SsoJson.Profile(
        configurations: string.Join(",\n", entries.Select(entry =>
            $$"""      { "@odata.type": "#microsoft.graph.{{(entry.Type == "string" ? "keyStringValuePair" : "keyIntegerValuePair")}}", "key": "{{entry.Key}}", "value": {{(entry.Type == "string" ? $"\"{entry.Value}\"" : entry.Value)}} }""")));

    internal static string SettingsCatalog((string Key, string Type, string Value)[] entries)
    {
        var groups = entries.Select(entry => $$"""
                        {
                          "children": [
                            { "settingDefinitionId": "com.apple.extensiblesso_extensiondata_generickey_keytobereplaced",
                              "simpleSettingValue": { "@odata.type": "#microsoft.graph.deviceManagementConfigurationStringSettingValue", "value": "{{entry.Key}}" } },
                            { "settingDefinitionId": "com.apple.extensiblesso_ignored_$typepicker",
                              "choiceSettingValue": { "value": "{{(entry.Type == "string" ? StringType : IntegerType)}}", "children": [
                                { "settingDefinitionId": "com.apple.extensiblesso_extensiondata_generickey_{{entry.Type}}",
                                  "simpleSettingValue": { "value": {{(entry.Type == "string" ? $"\"{entry.Value}\"" : entry.Value)}} } } ] } }
                          ]
                        }
            """);
        return $$"""
            {
              "@odata.type": "#microsoft.graph.deviceManagementConfigurationPolicy",
              "name": "iOS - Enterprise SSO (settings catalog)",
              "platforms": "iOS",
              "technologies": "mdm,appleRemoteManagement",
              "settings": [
                {
                  "id": "0",
                  "settingInstance": {
                    "@odata.type": "#microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstance",
                    "settingDefinitionId": "com.apple.extensiblesso_com.apple.extensiblesso",
                    "groupSettingCollectionValue": [
                      {
                        "children": [
                          {
                            "@odata.type": "#microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstance",
                            "settingDefinitionId": "com.apple.extensiblesso_extensiondata",
                            "groupSettingCollectionValue": [
            {{string.Join(",\n", groups)}}
                            ]
                          },
                          { "settingDefinitionId": "com.apple.extensiblesso_extensionidentifier",
                            "simpleSettingValue": { "value": "com.microsoft.azureauthenticator.ssoextension" } },
                          { "settingDefinitionId": "com.apple.extensiblesso_type", "choiceSettingValue": { "value": "com.apple.extensiblesso_type_1", "children": [] } }
                        ]
                      }
                    ]
                  }
                }
              ]
            }
            """;
    }
}
