using JitLint.Core.Model;
using JitLint.Syntax.Json;

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

    public const string StringEntryTypeName = "keyStringValuePair";
    public const string IntegerEntryTypeName = "keyIntegerValuePair";
    public const string StringEntryType = "#microsoft.graph." + StringEntryTypeName;
    public const string IntegerEntryType = "#microsoft.graph." + IntegerEntryTypeName;

    /// <summary>
    /// The keys of Microsoft's documentation of the Enterprise SSO plug-in for Apple devices, and the last two, which
    /// real configurations use. Letter case is exact: the plug-in compares keys case-sensitively.
    /// </summary>
    public static IReadOnlyList<string> Documented { get; } =
    [
        DeviceRegistration,
        BrowserSsoInteractionEnabled,
        "Enable_SSO_On_All_ManagedApps",
        AppAllowList,
        "AppPrefixAllowList",
        "AppBlockList",
        "AppCookieSSOAllowList",
        "admin_debug_mode_enabled",
        "disable_explicit_app_prompt",
        "disable_explicit_app_prompt_and_autologin",
        "disable_explicit_native_app_prompt",
        "disable_explicit_native_app_prompt_and_autologin",
        "disable_inapp_sso_signin",
        "sharedDeviceMode",
        "browser_sso_disable_mfa",
        "use_most_secure_storage",
    ];

    /// <summary>Whether a (cleaned) bundle ID is Microsoft Authenticator; bundle IDs are compared ignoring case.</summary>
    public static bool IsAuthenticator(string bundleId) =>
        string.Equals(bundleId, AuthenticatorBundleId, StringComparison.OrdinalIgnoreCase);

    /// <summary>A JSON value as a message names it: <c>the string "1"</c>, <c>the number 0</c>, <c>the boolean true</c>.</summary>
    public static string DescribeValue(JsonNodeSyntax value) => value switch
    {
        JsonStringSyntax text => $"the string \"{InvisibleText.Reveal(text.Value)}\"",
        JsonNumberSyntax number => $"the number {number.Text}",
        { Kind: JsonSyntaxKind.True } => "the boolean true",
        { Kind: JsonSyntaxKind.False } => "the boolean false",
        { Kind: JsonSyntaxKind.Null } => "null",
        { Kind: JsonSyntaxKind.Array } => "an array",
        _ => "an object",
    };
}
