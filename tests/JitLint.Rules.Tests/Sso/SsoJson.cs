namespace JitLint.Rules.Tests.Sso;

/// <summary>A Device features profile with an Entra ID SSO extension, with the parts tests vary passed in.</summary>
internal static class SsoJson
{
    public const string DeviceRegistration =
        """      { "@odata.type": "#microsoft.graph.keyStringValuePair", "key": "device_registration", "value": "{{DEVICEREGISTRATION}}" }""";

    public const string BrowserSso =
        """      { "@odata.type": "#microsoft.graph.keyIntegerValuePair", "key": "browser_sso_interaction_enabled", "value": 1 }""";

    public const string BothKeys = DeviceRegistration + ",\n" + BrowserSso;

    public static string Profile(string bundleIds = "\"com.contoso.expenses\"", string configurations = BothKeys) => $$"""
        {
          "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
          "displayName": "iOS - Enterprise SSO",
          "iosSingleSignOnExtension": {
            "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension",
            "bundleIdAccessControlList": [{{bundleIds}}],
            "enableSharedDeviceMode": false,
            "configurations": [
        {{configurations}}
            ]
          }
        }
        """;
}
