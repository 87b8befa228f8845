namespace JitLint.Rules.Tests.Sso;

/// <summary>A Device features profile with an Entra ID SSO extension, with the parts tests vary passed in.</summary>
internal static class SsoJson
{
    public const string DeviceRegistration =
        """      { "@odata.type": "#microsoft.graph.keyStringValuePair", "key": "device_registration", "value": "{{DEVICEREGISTRATION}}" }""";

    public const string BrowserSso =
        """      { "@odata.type": "#microsoft.graph.keyIntegerValuePair", "key": "browser_sso_interaction_enabled", "value": 1 }""";

    public const string BothKeys = DeviceRegistration + ",\n" + BrowserSso;

    /// <summary>One more extension-data entry, indented like the others; <paramref name="value"/> is JSON and may hold markup.</summary>
    public static string Entry(string key, string value, string type = "keyStringValuePair") =>
        $$"""      { "@odata.type": "#microsoft.graph.{{type}}", "key": "{{key}}", "value": {{value}} }""";

    /// <summary>The profile with both JIT keys and an AppAllowList entry whose value is <paramref name="value"/> (JSON).</summary>
    public static string ProfileWithAllowList(string value) =>
        Profile(configurations: BothKeys + ",\n" + Entry("AppAllowList", value));

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
