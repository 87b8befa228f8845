using Microsoft.Extensions.FileSystemGlobbing;

namespace JitLint.Core.Configuration;

/// <summary>A glob relative to the configuration's folder, as .NET's file-system globbing reads it.</summary>
public sealed class Glob
{
    private readonly Matcher matcher;

    public Glob(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(include);
        matcher.AddExcludePatterns(exclude);
    }

    /// <param name="relativePath">A path relative to the configuration's folder, '/' separated.</param>
    public bool Matches(string relativePath) => !IsOutside(relativePath) && matcher.Match(relativePath).HasMatches;

    /// <summary>Whether a relative path leaves the configuration's folder, where its globs say nothing.</summary>
    public static bool IsOutside(string relativePath) => relativePath.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relativePath);
}
