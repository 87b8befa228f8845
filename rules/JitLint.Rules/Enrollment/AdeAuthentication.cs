using JitLint.Core.Model;
using JitLint.Syntax.Json;

namespace JitLint.Rules.Enrollment;

/// <summary>
/// The three booleans that encode an ADE profile's user affinity and authentication method. The admin center's
/// choices map to them as follows (requiresUserAuthentication / enableAuthenticationViaCompanyPortal /
/// requireCompanyPortalOnSetupAssistantEnrolledDevices): without user affinity false/false/false, Company Portal
/// true/true/false, Setup Assistant with modern authentication true/false/true, legacy Setup Assistant
/// true/false/false. An absent flag counts as false, as it does for Graph.
/// </summary>
internal sealed class AdeAuthentication
{
    public const string RequiresUserAuthentication = "requiresUserAuthentication";
    public const string EnableAuthenticationViaCompanyPortal = "enableAuthenticationViaCompanyPortal";
    public const string RequireCompanyPortalOnSetupAssistant = "requireCompanyPortalOnSetupAssistantEnrolledDevices";

    private AdeAuthentication(JsonObjectSyntax profile)
    {
        UserAffinityFlag = profile.GetProperty(RequiresUserAuthentication);
        CompanyPortalFlag = profile.GetProperty(EnableAuthenticationViaCompanyPortal);
        ModernAuthenticationFlag = profile.GetProperty(RequireCompanyPortalOnSetupAssistant);
    }

    /// <summary>The <c>requiresUserAuthentication</c> property, or null when absent.</summary>
    public JsonPropertySyntax? UserAffinityFlag { get; }

    /// <summary>The <c>enableAuthenticationViaCompanyPortal</c> property, or null when absent.</summary>
    public JsonPropertySyntax? CompanyPortalFlag { get; }

    /// <summary>The <c>requireCompanyPortalOnSetupAssistantEnrolledDevices</c> property, or null when absent.</summary>
    public JsonPropertySyntax? ModernAuthenticationFlag { get; }

    public bool HasUserAffinity => IsTrue(UserAffinityFlag);

    public bool UsesCompanyPortal => IsTrue(CompanyPortalFlag);

    public bool UsesModernAuthentication => IsTrue(ModernAuthenticationFlag);

    /// <summary>No choice in the admin center produces these combinations, so no authentication method can be read from them.</summary>
    public bool Contradict =>
        (UsesCompanyPortal && UsesModernAuthentication) || (!HasUserAffinity && (UsesCompanyPortal || UsesModernAuthentication));

    public static AdeAuthentication Read(PolicyDocument document) => new(document.Root);

    private static bool IsTrue(JsonPropertySyntax? flag) => flag?.Value.Kind == JsonSyntaxKind.True;
}
