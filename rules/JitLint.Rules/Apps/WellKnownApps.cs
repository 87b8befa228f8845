namespace JitLint.Rules.Apps;

/// <summary>iOS bundle IDs of the Microsoft apps the JIT flow depends on.</summary>
internal static class WellKnownApps
{
    public const string Authenticator = "com.microsoft.azureauthenticator";
    public const string DefenderForEndpoint = "com.microsoft.scmx";

    /// <summary>Microsoft apps that can do the first, JIT-registering sign-in through the SSO extension.</summary>
    public static IReadOnlyList<string> SsoCapable { get; } =
    [
        "com.microsoft.skype.teams",
        "com.microsoft.Office.Outlook",
        "com.microsoft.msedge",
        "com.microsoft.officemobile",
        "com.microsoft.Office.Word",
        "com.microsoft.Office.Excel",
        "com.microsoft.Office.Powerpoint",
        "com.microsoft.skydrive",
    ];
}
