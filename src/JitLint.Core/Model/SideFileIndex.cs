namespace JitLint.Core.Model;

/// <summary>
/// IntuneBackupAndRestore keeps an object's assignments in &lt;Type&gt;/Assignments/: named "&lt;id&gt; - &lt;name&gt;.json"
/// for apps and app protection, else like the object's own file. The side files are indexed by their type folder
/// and name, so that joining them to the objects of a large export takes linear time, not a search per object.
/// </summary>
internal sealed class SideFileIndex
{
    private const string IdSeparator = " - ";

    private readonly Dictionary<string, TypeFolder> folders = new(StringComparer.Ordinal);

    /// <param name="sideFiles">In file order: when several fit an object, the first one is its.</param>
    public SideFileIndex(IEnumerable<TenantDocument> sideFiles)
    {
        var order = 0;
        foreach (var sideFile in sideFiles)
        {
            var path = sideFile.Anchor.File.FullPath;
            if (Path.GetDirectoryName(Path.GetDirectoryName(path)) is not { } typeFolder)
            {
                continue;
            }

            if (!folders.TryGetValue(typeFolder, out var folder))
            {
                folders[typeFolder] = folder = new TypeFolder();
            }

            var owner = Path.GetFileNameWithoutExtension(path);
            folder.ByName.TryAdd(owner, (order, sideFile));
            for (var separator = owner.IndexOf(IdSeparator, StringComparison.Ordinal); separator >= 0; separator = owner.IndexOf(IdSeparator, separator + 1, StringComparison.Ordinal))
            {
                folder.ByIdPrefix.TryAdd(owner[..separator], (order, sideFile));
            }

            order++;
        }
    }

    /// <summary>The first side file in the object's type folder named like the object's file or "&lt;its id&gt; - ...".</summary>
    public TenantDocument? For(TenantDocument document)
    {
        var path = document.Anchor.File.FullPath;
        if (Path.GetDirectoryName(path) is not { } typeFolder || !folders.TryGetValue(typeFolder, out var folder))
        {
            return null;
        }

        var byName = folder.ByName.GetValueOrDefault(Path.GetFileNameWithoutExtension(path));
        var byId = document.Id is { } id ? folder.ByIdPrefix.GetValueOrDefault(id) : default;
        return byName.SideFile is null || (byId.SideFile is not null && byId.Order < byName.Order) ? byId.SideFile : byName.SideFile;
    }

    private sealed class TypeFolder
    {
        public Dictionary<string, (int Order, TenantDocument SideFile)> ByName { get; } = new(StringComparer.Ordinal);

        /// <summary>By each prefix of a name that ends where " - " starts: the object ID in "&lt;id&gt; - &lt;name&gt;".</summary>
        public Dictionary<string, (int Order, TenantDocument SideFile)> ByIdPrefix { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
