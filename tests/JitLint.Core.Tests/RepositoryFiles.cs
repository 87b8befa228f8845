namespace JitLint.Core.Tests;

internal static class RepositoryFiles
{
    /// <summary>The repository root: the folder above the test binaries that holds JitLint.sln.</summary>
    public static string Root { get; } = FindRoot();

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
