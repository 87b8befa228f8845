namespace JitLint.Testing;

/// <summary>Files of this repository, for tests that check committed data, docs and snapshots.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository root: the folder above the test binaries that holds JitLint.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JitLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("JitLint.sln not found above the test binaries.");
    }
}
