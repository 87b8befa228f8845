using JitLint.Core.Model.Facts;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Core.Model;

/// <summary>
/// A document as the tenant model keeps it: the facts tenant rules need and where to report, not its syntax
/// tree, so that memory does not grow with the size of an export.
/// </summary>
/// <param name="Assignments">Null when the export holds no assignments for the object.</param>
/// <param name="BundleId">An iOS app's bundle ID.</param>
/// <param name="IsIosEnrollmentProfile">An ADE profile, a settings-catalog ADE policy or an account-driven user enrollment profile.</param>
public sealed record TenantDocument(
    PolicyKind Kind,
    string? TypeName,
    string? Id,
    string? DisplayName,
    string Identity,
    Location Anchor,
    int SsoExtensionCount,
    IReadOnlyList<Assignment>? Assignments,
    string? BundleId,
    bool IsIosEnrollmentProfile,
    AppProtectionFacts? AppProtection,
    AppConfigurationFacts? AppConfiguration)
{
    public string Name => DisplayName ?? "(unnamed)";

    /// <summary>Whether some assignment reaches someone: exclusions alone reach no one.</summary>
    public bool IsAssigned => Assignments?.Any(assignment => assignment.TargetKind != AssignmentTargetKind.ExcludedGroup) == true;

    public static TenantDocument From(PolicyDocument document) => new(
        document.Kind,
        document.TypeName,
        document.Id,
        document.DisplayName,
        document.Identity,
        Location.CreateDetached(document.File, document.Root.OpenBraceSpan),
        document.SsoExtensions.Count,
        Assignment.ReadAll(document.Root),
        document.Kind == PolicyKind.IosApp ? document.Root.GetString("bundleId") : null,
        IsEnrollmentProfile(document),
        document.Kind == PolicyKind.AppProtectionPolicy ? AppProtectionFacts.Read(document) : null,
        document.Kind == PolicyKind.ManagedDeviceAppConfiguration ? AppConfigurationFacts.Read(document) : null);

    /// <summary>A side file that holds another object's assignments; the tenant model joins it to its owner.</summary>
    public static TenantDocument ForAssignmentSideFile(SourceFile file, IReadOnlyList<Assignment> assignments) =>
        new(PolicyKind.AssignmentSideFile, null, null, null, file.DisplayPath, Location.Create(file, default), 0, assignments, null, false, null, null);

    private static bool IsEnrollmentProfile(PolicyDocument document) => document.Kind switch
    {
        PolicyKind.AdeEnrollmentProfile => true,
        PolicyKind.UserEnrollmentProfile => MentionsAccountDrivenEnrollment(document.Root),
        PolicyKind.SettingsCatalogPolicy =>
            document.Root.GetString("technologies")?.Contains("enrollment", StringComparison.OrdinalIgnoreCase) == true
            && document.Root.GetString("platforms")?.Contains("iOS", StringComparison.OrdinalIgnoreCase) == true,
        _ => false,
    };

    private static bool MentionsAccountDrivenEnrollment(JsonObjectSyntax profile) =>
        profile.GetString("defaultEnrollmentType") == "accountDrivenUserEnrollment"
        || (profile.GetValue("availableEnrollmentTypeOptions") as JsonArraySyntax)?.Items.OfType<JsonObjectSyntax>()
            .Any(option => option.GetString("enrollmentType") == "accountDrivenUserEnrollment") == true;
}
