using Microsoft.Extensions.FileSystemGlobbing;

namespace JitLint.Core.Configuration;

/// <summary>A glob relative to the configuration's folder, as .NET's file-system globbing reads it.</summary>
public sealed class Glob
{
    private const string AnyJsonFile = "**/*.json";

    private readonly Matcher matcher;

    /// <summary>
    /// Whether the globs are the default, every JSON file: matching a path costs the matcher several allocations, and
    /// an export of tens of thousands of files asks for each.
    /// </summary>
    private readonly bool isAnyJsonFile;

    public Glob(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        var includes = include.ToList();
        var excludes = exclude.ToList();
        matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(includes);
        matcher.AddExcludePatterns(excludes);
        isAnyJsonFile = includes is [AnyJsonFile] && excludes.Count == 0;
    }

    /// <param name="relativePath">A path relative to the configuration's folder, '/' separated.</param>
    public bool Matches(string relativePath) =>
        !IsOutside(relativePath) && (isAnyJsonFile ? relativePath.EndsWith(".json", StringComparison.Ordinal) : matcher.Match(relativePath).HasMatches);

    /// <summary>Whether a relative path leaves the configuration's folder, where its globs say nothing.</summary>
    public static bool IsOutside(string relativePath) => relativePath.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relativePath);
}
