namespace JitLint.Core.Model;

/// <summary>
/// All documents of one lint run, in file order, with the indexes tenant rules look things up by: what a
/// compiler's whole-compilation analysis is to one file's.
/// </summary>
public sealed class Tenant
{
    private readonly ILookup<string, TenantDocument> appsByBundleId;
    private readonly Dictionary<string, TenantDocument> appsById;
    private readonly ILookup<string, TenantDocument> appsByName;

    /// <param name="isWholeExport">True when the input is a whole tenant export, so that absences are meaningful.</param>
    public Tenant(IReadOnlyList<TenantDocument> documents, bool isWholeExport)
    {
        var sideFiles = new SideFileIndex(documents.Where(document => document.Kind == PolicyKind.AssignmentSideFile));
        documents = [.. documents.Where(document => document.Kind != PolicyKind.AssignmentSideFile)
            .Select(document => document.Assignments is null && sideFiles.For(document) is { } sideFile ? document with { Assignments = sideFile.Assignments } : document)];
        Documents = documents;
        IsWholeExport = isWholeExport;
        var apps = documents.Where(document => document.BundleId is not null).ToList();
        appsByBundleId = apps.ToLookup(app => app.BundleId!, StringComparer.OrdinalIgnoreCase);
        appsById = apps.Where(app => app.Id is not null).DistinctBy(app => app.Id).ToDictionary(app => app.Id!, StringComparer.OrdinalIgnoreCase);
        appsByName = apps.Where(app => app.DisplayName is not null).ToLookup(app => app.DisplayName!, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<TenantDocument> Documents { get; }

    public bool IsWholeExport { get; }

    public IEnumerable<TenantDocument> OfKind(PolicyKind kind) => Documents.Where(document => document.Kind == kind);

    /// <summary>iOS apps with this bundle ID; App Store IDs are mixed case but app protection stores them lower-case.</summary>
    public IEnumerable<TenantDocument> AppsWithBundleId(string bundleId) => appsByBundleId[bundleId];

    public TenantDocument? AppWithId(string id) => appsById.GetValueOrDefault(id);

    public IEnumerable<TenantDocument> AppsNamed(string displayName) => appsByName[displayName];

    /// <summary>Whether some app with this bundle ID is installed as required for someone.</summary>
    public bool IsRequired(string bundleId) =>
        AppsWithBundleId(bundleId).Any(app => app.Assignments?.Any(assignment => assignment.IsRequiredInstall) == true);
}
