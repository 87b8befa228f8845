namespace JitLint.Rules.Tests.Enrollment;

/// <summary>An iOS ADE enrollment profile with the three authentication flags tests vary; null leaves a flag out.</summary>
internal static class AdeJson
{
    public const string UserAffinity = "\"requiresUserAuthentication\"";
    public const string CompanyPortal = "\"enableAuthenticationViaCompanyPortal\"";
    public const string ModernAuthentication = "\"requireCompanyPortalOnSetupAssistantEnrolledDevices\"";

    public static string Profile(string? userAffinity, string? companyPortal, string? modernAuthentication, string displayName = "iOS ADE - Corporate") => $$"""
        {
          "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile",
          "id": "b14e7c2a-5f83-4d09-9a6e-3c8b2f1d7e54_e7c3a9f1-2d58-4b06-8e4a-9f1b6d3c2a70",
          "displayName": "{{displayName}}",
          "description": "Corporate iPhone and iPad",
        {{Flag(UserAffinity, userAffinity)}}  "configurationEndpointUrl": "https://appleconfigurator2.manage.microsoft.com/MDMServiceConfig?id=3c9e5a71-8f24-4b6d-a0e3-9d5c7b1f2e86",
        {{Flag(CompanyPortal, companyPortal)}}{{Flag(ModernAuthentication, modernAuthentication)}}  "isDefault": true,
          "supervisedModeEnabled": true
        }
        """;

    /// <summary>Puts <c>[|...|]</c> markup around a property name.</summary>
    public static string Mark(this string json, string propertyName) =>
        json.Replace(propertyName, $"[|{propertyName}|]", StringComparison.Ordinal);

    private static string Flag(string name, string? value) => value is null ? string.Empty : $"  {name}: {value},\n";
}
