namespace JitLint.Rules.Tests.AppProtection;

/// <summary>The two kinds of iOS app configuration policy, with the settings tests vary passed in.</summary>
internal static class AppConfigurationJson
{
    public const string UpnSetting =
        """    { "appConfigKey": "IntuneMAMUPN", "appConfigKeyType": "stringType", "appConfigKeyValue": "{{userprincipalname}}" }""";

    public const string AllowedAccountsSetting =
        """    { "appConfigKey": "IntuneMAMAllowedAccountsOnly", "appConfigKeyType": "stringType", "appConfigKeyValue": "Enabled" }""";

    /// <summary>An app configuration policy for managed devices (<c>iosMobileAppConfiguration</c>).</summary>
    public static string ManagedDevices(string settings) => $$"""
        {
          "@odata.type": "#microsoft.graph.iosMobileAppConfiguration",
          "id": "2c7e9a4b-6f13-4d8e-b0a5-7e3c1f9d2b68",
          "targetedMobileApps": ["8a4c2e6f-0d91-4b3a-a7f5-e1c9b3d6f208"],
          "displayName": "Outlook - managed devices",
          "version": 1,
          "encodedSettingXml": null,
          "settings": [
        {{settings}}
          ]
        }
        """;

    /// <summary>One IntuneMAMUPN item with the key, type and value as JSON text (null leaves the property out).</summary>
    public static string UpnItem(string? type, string? value, string key = "\"IntuneMAMUPN\"")
    {
        var properties = new[] { $"\"appConfigKey\": {key}", Property("appConfigKeyType", type), Property("appConfigKeyValue", value) };
        return $"    {{ {string.Join(", ", properties.OfType<string>())} }}";
    }

    /// <summary>An app configuration policy for managed apps (<c>targetedManagedAppConfiguration</c>).</summary>
    public static string ManagedApps(string customSettings, string displayName = "Outlook - MAM") => $$"""
        {
          "@odata.type": "#microsoft.graph.targetedManagedAppConfiguration",
          "id": "A_6e2d9b4f-1c73-4a58-9f0e-3b7d5c2a8e61",
          "displayName": "{{displayName}}",
          "version": "\"1b000c4d-0000-0d00-0000-65a8f3e10000\"",
          "appGroupType": "selectedPublicApps",
          "targetedAppManagementLevels": "unspecified",
          "customSettings": [
        {{customSettings}}
          ]
        }
        """;

    private static string? Property(string name, string? value) => value is null ? null : $"\"{name}\": {value}";
}
