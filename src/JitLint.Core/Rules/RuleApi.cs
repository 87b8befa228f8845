using System.Globalization;

namespace JitLint.Core.Rules;

/// <summary>
/// The version of the rule API (<see cref="Rule"/>, <see cref="DocumentRule"/>, <see cref="TenantRule"/>, the model
/// they read and <see cref="Finding"/>) that rule packs are built against. A breaking change raises the major
/// version; an addition raises the minor one.
/// </summary>
public static class RuleApi
{
    public const string Version = "1.1";

    /// <summary>Why a pack built for <paramref name="declared"/> cannot run on this API, or null when it can.</summary>
    public static string? Incompatibility(string declared)
    {
        if (Parse(declared) is not { } parsed)
        {
            return $"declares the rule API version \"{declared}\", which is not MAJOR.MINOR";
        }

        var (major, minor) = parsed;
        var (currentMajor, currentMinor) = Parse(Version)!.Value;
        return major != currentMajor || minor > currentMinor
            ? $"was built for rule API {declared}, but this JitLint provides rule API {Version}"
            : null;
    }

    private static (int Major, int Minor)? Parse(string version) =>
        version.Split('.') is [var major, var minor]
        && int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var majorNumber)
        && int.TryParse(minor, NumberStyles.None, CultureInfo.InvariantCulture, out var minorNumber)
            ? (majorNumber, minorNumber)
            : null;
}

/// <summary>Declares the rule API version a rule pack was built for: <c>[assembly: JitLintRuleApi("1.1")]</c>.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class JitLintRuleApiAttribute(string version) : Attribute
{
    public string Version { get; } = version;
}
