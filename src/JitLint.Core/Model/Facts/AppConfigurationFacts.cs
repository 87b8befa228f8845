using System.Text;
using JitLint.Syntax.Json;

namespace JitLint.Core.Model.Facts;

/// <summary>What JIT needs of a managed-devices app configuration: which apps it targets, whether it sets IntuneMAMUPN.</summary>
/// <param name="TargetedAppIds">Graph app IDs from <c>targetedMobileApps</c>.</param>
/// <param name="TargetedAppNames">App display names, where IntuneCD replaced the IDs by <c>{appName, type}</c>.</param>
public sealed record AppConfigurationFacts(IReadOnlyList<string> TargetedAppIds, IReadOnlyList<string> TargetedAppNames, bool SetsIntuneMamUpn)
{
    public const string IntuneMamUpnKey = "IntuneMAMUPN";

    public static AppConfigurationFacts Read(PolicyDocument document)
    {
        var targets = document.Root.GetValue("targetedMobileApps");
        var ids = (targets as JsonArraySyntax)?.Items.OfType<JsonStringSyntax>().Select(id => id.Value).ToList() ?? [];
        List<string> names = targets is JsonObjectSyntax intuneCdTarget && intuneCdTarget.GetString("appName") is { } name ? [name] : [];
        return new AppConfigurationFacts(ids, names, SetsKey(document.Root));
    }

    private static bool SetsKey(JsonObjectSyntax root)
    {
        var inSettings = (root.GetValue("settings") as JsonArraySyntax)?.Items.OfType<JsonObjectSyntax>()
            .Any(item => item.GetString("appConfigKey") is { } key && InvisibleText.Clean(key) == IntuneMamUpnKey) == true;
        return inSettings || EncodedXmlSetsKey(root.GetString("encodedSettingXml"));
    }

    // The XML form is a base64 plist <dict> fragment: <key>IntuneMAMUPN</key><string>...</string>.
    private static bool EncodedXmlSetsKey(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return false;
        }

        var buffer = new byte[encoded.Length];
        return Convert.TryFromBase64String(encoded, buffer, out var length)
            && Encoding.UTF8.GetString(buffer, 0, length).Contains($"<key>{IntuneMamUpnKey}</key>", StringComparison.Ordinal);
    }
}
