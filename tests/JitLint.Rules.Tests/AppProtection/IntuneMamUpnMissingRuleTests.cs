using JitLint.Rules.AppProtection;
using JitLint.Testing;
using static JitLint.Rules.Tests.TenantJson;

namespace JitLint.Rules.Tests.AppProtection;

public sealed class IntuneMamUpnMissingRuleTests
{
    private const string OutlookId = "22222222-2222-2222-2222-222222222222";

    private static readonly string Outlook = App("com.microsoft.Office.Outlook", id: OutlookId);

    private readonly IntuneMamUpnMissingRule rule = new();

    [Theory]
    [InlineData("mdm")]
    [InlineData("unspecified")]
    [InlineData("unmanaged,mdm")]
    public void A_covered_app_is_clean(string levels) =>
        Assert.Empty(Lint(Protection(levels), Outlook, Configuration($"\"{OutlookId}\"")));

    [Fact]
    public void Apps_on_unmanaged_devices_only_are_not_checked() =>
        Assert.Empty(Lint(Protection("unmanaged"), Outlook));

    [Fact]
    public void An_uncovered_app_is_reported_at_its_bundle_id_or_else_its_entry() =>
        RuleVerifier.VerifyFindings(rule, $$"""
            {
              "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceAppManagement/managedAppPolicies",
              "value": [
                {{Outlook}},
                {
                  "@odata.type": "#microsoft.graph.iosManagedAppProtection",
                  "displayName": "APP",
                  "apps": [
                    { "id": "com.microsoft.office.outlook.ios", "mobileAppIdentifier": { "bundleId": [|"com.microsoft.office.outlook"|] } },
                    [|{|] "id": "com.microsoft.skype.teams.ios" }
                  ]
                }
              ]
            }
            """, isWholeExport: true);

    [Fact]
    public void Message_names_the_policy_and_the_app()
    {
        var finding = Assert.Single(Lint(Protection("mdm"), Outlook, Configuration($"\"{OutlookId}\"").Replace("IntuneMAMUPN", "IntuneMAMDeviceID", StringComparison.Ordinal)));
        Assert.Equal(
            "The app protection policy \"APP\" targets apps on managed devices, but no managed-devices app configuration sets IntuneMAMUPN for \"com.microsoft.office.outlook\".",
            finding.Message);
        Assert.Equal("/apps/0/mobileAppIdentifier/bundleId", finding.Pointer);
    }

    [Fact]
    public void The_key_in_the_encoded_xml_form_counts()
    {
        var plist = Convert.ToBase64String("<dict><key>IntuneMAMUPN</key><string>{{userprincipalname}}</string></dict>"u8.ToArray());
        var configuration = $$"""{ "@odata.type": "#microsoft.graph.iosMobileAppConfiguration", "targetedMobileApps": ["{{OutlookId}}"], "encodedSettingXml": "{{plist}}" }""";
        Assert.Empty(Lint(Protection("mdm"), Outlook, configuration));
    }

    [Fact]
    public void Intunecd_targets_resolve_by_app_name()
    {
        var configuration = """
            { "@odata.type": "#microsoft.graph.iosMobileAppConfiguration", "targetedMobileApps": { "appName": "com.microsoft.Office.Outlook", "type": "#microsoft.graph.iosStoreApp" },
              "settings": [ { "appConfigKey": "IntuneMAMUPN", "appConfigKeyType": "stringType", "appConfigKeyValue": "{{userprincipalname}}" } ] }
            """;
        Assert.Empty(Lint(Protection("mdm"), Outlook, configuration));
    }

    [Fact]
    public void Configurations_for_apps_outside_the_export_are_named_rather_than_guessed()
    {
        var finding = Assert.Single(Lint(Protection("mdm"), Configuration("\"99999999-9999-9999-9999-999999999999\"")));
        Assert.EndsWith(
            "; 1 app configuration with IntuneMAMUPN targets apps that are not in this export, so JitLint cannot tell whether it covers this app.",
            finding.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_without_any_app_configuration_says_so() =>
        Assert.EndsWith(
            "; the export holds no managed-devices app configuration at all, so check that the export tool includes them.",
            Assert.Single(Lint(Protection("mdm"), Outlook)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Single_files_are_not_checked() =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: false, ("p.json", Protection("mdm"))));

    private IReadOnlyList<Core.Rules.Finding> Lint(params string[] documents) =>
        RuleVerifier.LintFiles(rule, isWholeExport: true, [.. documents.Select((json, index) => ($"{index}.json", json))]);

    private static string Protection(string levels) => $$"""
        { "@odata.type": "#microsoft.graph.iosManagedAppProtection", "displayName": "APP", "targetedAppManagementLevels": "{{levels}}",
          "apps": [ { "id": "com.microsoft.office.outlook.ios", "mobileAppIdentifier": { "@odata.type": "#microsoft.graph.iosMobileAppIdentifier", "bundleId": "com.microsoft.office.outlook" } } ] }
        """;

    private static string Configuration(string targets) => $$$"""
        { "@odata.type": "#microsoft.graph.iosMobileAppConfiguration", "displayName": "UPN", "targetedMobileApps": [{{{targets}}}],
          "settings": [ { "appConfigKey": "IntuneMAMUPN", "appConfigKeyType": "stringType", "appConfigKeyValue": "{{userprincipalname}}" } ] }
        """;
}
