namespace JitLint.Rules.Sso;

/// <summary>The Enterprise SSO plug-in keys and values the JIT setup depends on.</summary>
internal static class SsoKeys
{
    public const string DeviceRegistration = "device_registration";
    public const string DeviceRegistrationToken = "{{DEVICEREGISTRATION}}";
    public const string BrowserSsoInteractionEnabled = "browser_sso_interaction_enabled";
    public const string AppAllowList = "AppAllowList";
    public const string AuthenticatorBundleId = "com.microsoft.azureauthenticator";

    /// <summary>Every Microsoft app's bundle ID starts with this, in any letter case.</summary>
    public const string MicrosoftBundleIdPrefix = "com.microsoft.";

    public const string StringEntryType = "#microsoft.graph.keyStringValuePair";
    public const string IntegerEntryType = "#microsoft.graph.keyIntegerValuePair";

    /// <summary>Whether a (cleaned) bundle ID is Microsoft Authenticator; bundle IDs are compared ignoring case.</summary>
    public static bool IsAuthenticator(string bundleId) =>
        string.Equals(bundleId, AuthenticatorBundleId, StringComparison.OrdinalIgnoreCase);
}
