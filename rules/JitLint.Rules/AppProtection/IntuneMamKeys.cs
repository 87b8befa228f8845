using JitLint.Core.Model;

namespace JitLint.Rules.AppProtection;

/// <summary>The app configuration key through which Intune tells an app on a managed device which account it manages.</summary>
internal static class IntuneMamKeys
{
    public const string IntuneMamUpn = "IntuneMAMUPN";
    public const string UserPrincipalNameToken = "{{userprincipalname}}";
    public const string StringType = "stringType";

    /// <summary>Whether a key is IntuneMAMUPN, ignoring stray white space and invisible characters that a paste can bring along.</summary>
    public static bool IsIntuneMamUpn(string key) => InvisibleText.Clean(key) == IntuneMamUpn;
}
