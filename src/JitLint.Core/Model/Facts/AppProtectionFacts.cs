using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Core.Model.Facts;

/// <summary>What JIT needs of an iOS app protection policy: whether it targets managed devices, and its apps.</summary>
public sealed record AppProtectionFacts(bool TargetsManagedDevices, IReadOnlyList<ProtectedApp> Apps)
{
    public static AppProtectionFacts Read(PolicyDocument document)
    {
        // Graph's default level is "unspecified", which includes apps on Intune-managed devices.
        var levels = document.Root.GetString("targetedAppManagementLevels") ?? "unspecified";
        var targetsManagedDevices = levels.Split(',', StringSplitOptions.TrimEntries)
            .Any(level => level is "mdm" or "unspecified");
        var apps = (document.Root.GetValue("apps") as JsonArraySyntax)?.Items.OfType<JsonObjectSyntax>()
            .Select(app => ProtectedApp.Read(document, app))
            .OfType<ProtectedApp>()
            .ToList() ?? [];
        return new AppProtectionFacts(targetsManagedDevices, apps);
    }
}

/// <param name="BundleId">As the policy stores it (often lower-case: compare case-insensitively).</param>
/// <param name="Location">The app's bundle ID in the policy's <c>apps</c> list (or the entry, when it has none).</param>
/// <param name="Pointer">The entry's JSON Pointer inside its document.</param>
public sealed record ProtectedApp(string BundleId, Location Location, string Pointer)
{
    internal static ProtectedApp? Read(PolicyDocument document, JsonObjectSyntax app)
    {
        var bundleIdNode = (app.GetValue("mobileAppIdentifier") as JsonObjectSyntax)?.GetValue("bundleId") as JsonStringSyntax;
        var bundleId = bundleIdNode?.Value ?? BundleIdFromAppId(app.GetString("id"));
        if (bundleId is null)
        {
            return null;
        }

        var reported = (JsonNodeSyntax?)bundleIdNode ?? app;
        var span = bundleIdNode?.Span ?? app.OpenBraceSpan;
        return new ProtectedApp(bundleId, Location.Create(document.File, span), reported.Pointer[document.Root.Pointer.Length..]);
    }

    // A managedMobileApp id is "<bundle id>.ios" when the identifier object is missing.
    private static string? BundleIdFromAppId(string? id) =>
        id is not null && id.EndsWith(".ios", StringComparison.OrdinalIgnoreCase) ? id[..^4] : null;
}
