namespace JitLint.Core.Model;

/// <summary>Paths as reports, display paths and globs write them on every system: relative, '/' separated.</summary>
internal static class PortablePath
{
    public static string Relative(string folder, string fullPath) =>
        Path.GetRelativePath(folder, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
