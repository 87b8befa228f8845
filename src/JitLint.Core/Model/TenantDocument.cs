using JitLint.Core.Model.Facts;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Core.Model;

/// <summary>
/// A document as the tenant model keeps it: the facts tenant rules need and where to report, not its syntax
/// tree, so that memory does not grow with the size of an export.
/// </summary>
/// <param name="Anchor">
/// Where to report about the document. Its file's text, like that of every location in the facts, ends with the last
/// line a fact of that file points at: enough for line numbers and excerpts, not for edits further down.
/// </param>
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

    public static TenantDocument From(PolicyDocument document) => WithTextUpToTheirLastLine([Read(document)], document.File)[0];

    /// <summary>
    /// The facts of a document with their places not yet on a line (which <see cref="WithTextUpToTheirLastLine"/>
    /// puts them on), so that reading them does not build the line table of the whole file.
    /// </summary>
    internal static TenantDocument Read(PolicyDocument document) => new(
        document.Kind,
        document.TypeName,
        document.Id,
        document.DisplayName,
        document.Identity,
        new Location(document.File, document.Root.OpenBraceSpan, default),
        document.SsoExtensions.Count,
        Assignment.ReadAll(document.Root),
        document.Kind == PolicyKind.IosApp ? document.Root.GetString("bundleId") : null,
        IsEnrollmentProfile(document),
        document.Kind == PolicyKind.AppProtectionPolicy ? AppProtectionFacts.Read(document) : null,
        document.Kind == PolicyKind.ManagedDeviceAppConfiguration ? AppConfigurationFacts.Read(document) : null);

    /// <summary>
    /// The facts of one file, holding one copy of the file's text that ends with the last line a fact points at,
    /// instead of the whole text: enough for line numbers and report excerpts, and small for the usual file whose
    /// facts all point near its top. One copy for all, so that a Graph list response of many objects is not copied
    /// once per object.
    /// </summary>
    internal static TenantDocument[] WithTextUpToTheirLastLine(TenantDocument[] facts, SourceFile file)
    {
        var shortened = facts.Length == 0 ? file : UpToLineOf(file, facts.SelectMany(fact => fact.Locations).Max(location => location.Span.End));
        return [.. facts.Select(fact => fact.InFile(shortened))];
    }

    /// <summary>The file with its text cut after the line break that ends the line holding <paramref name="offset"/>.</summary>
    private static SourceFile UpToLineOf(SourceFile file, int offset)
    {
        if (file.Text is not { } text || text.Utf8.Span[offset..].IndexOfAny((byte)'\r', (byte)'\n') is var lineBreak && lineBreak < 0)
        {
            return file;
        }

        // The line break stays, so that the copy still tells which newline style the file uses.
        var breakAt = offset + lineBreak;
        var end = breakAt + (text.Utf8.Span[breakAt..].StartsWith("\r\n"u8) ? 2 : 1);
        return file with { Text = SourceText.FromUtf8(text.Utf8[..end].ToArray(), text.Encoding) };
    }

    private IEnumerable<Location> Locations => AppProtection is { } protection ? [Anchor, .. protection.Apps.Select(app => app.Location)] : [Anchor];

    private TenantDocument InFile(SourceFile file) => this with
    {
        Anchor = Location.Create(file, Anchor.Span),
        AppProtection = AppProtection is { } protection
            ? protection with { Apps = [.. protection.Apps.Select(app => app with { Location = Location.Create(file, app.Location.Span) })] }
            : null,
    };

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
