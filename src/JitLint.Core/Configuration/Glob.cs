using Microsoft.Extensions.FileSystemGlobbing;

namespace JitLint.Core.Configuration;

/// <summary>A glob relative to the configuration's folder, as .NET's file-system globbing reads it.</summary>
/// <remarks>
/// Matching one path costs the globbing library a tree of the path's folders and several allocations, and an export of
/// tens of thousands of files asks for each: the two forms almost every glob takes, every JSON file and one file's
/// path, are answered without it (tests hold both to the library's answers).
/// </remarks>
public sealed class Glob
{
    private const string AnyJsonFile = "**/*.json";

    private readonly Matcher matcher;
    private readonly bool isAnyJsonFile;

    public Glob(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        var includes = include.ToList();
        var excludes = exclude.ToList();
        matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(includes);
        matcher.AddExcludePatterns(excludes);
        isAnyJsonFile = includes is [AnyJsonFile] && excludes.Count == 0;
        LiteralPath = includes is [var only] && excludes.Count == 0 && IsLiteral(only) ? only : null;
    }

    /// <param name="relativePath">A path relative to the configuration's folder, '/' separated.</param>
    public bool Matches(string relativePath) =>
        !IsOutside(relativePath) && (isAnyJsonFile ? relativePath.EndsWith(".json", StringComparison.Ordinal)
            : LiteralPath is not null ? relativePath == LiteralPath
            : matcher.Match(relativePath).HasMatches);

    /// <summary>Whether a relative path leaves the configuration's folder, where its globs say nothing.</summary>
    public static bool IsOutside(string relativePath) => relativePath.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relativePath);

    /// <summary>Whether the glob is answered without the globbing library, so that asking path by path costs little.</summary>
    internal bool IsCheap => isAnyJsonFile || LiteralPath is not null;

    /// <summary>The one path the glob names, when it is a single include with no wildcard and no exclude.</summary>
    internal string? LiteralPath { get; }

    /// <summary>
    /// The paths among <paramref name="relativePaths"/> that the glob matches, as <see cref="Matches"/> would answer for
    /// each: paths of files (as <see cref="Path.GetRelativePath"/> gives them) in one pass of the library, where asking
    /// path by path builds a tree each.
    /// </summary>
    internal IReadOnlySet<string> MatchingAmong(IReadOnlyCollection<string> relativePaths)
    {
        if (IsCheap)
        {
            return relativePaths.Where(Matches).ToHashSet(StringComparer.Ordinal);
        }

        // The library matches files under a root folder; any root will do for relative paths.
        var files = relativePaths.Where(path => !IsOutside(path) && path is not ("." or "")).ToHashSet(StringComparer.Ordinal);
        var matching = matcher.Match("/", files).Files.Select(match => match.Path).ToHashSet(StringComparer.Ordinal);

        // The folder itself is no file under that root: it is asked about on its own.
        matching.UnionWith(relativePaths.Where(path => path is "." or "").Where(Matches));
        return matching;
    }

    // A pattern the library reads as one exact path: no wildcard, and no empty, "." or ".." segment to normalise.
    private static bool IsLiteral(string pattern) =>
        pattern.IndexOfAny(['*', '\\']) < 0 && pattern.Split('/').All(segment => segment is not ("" or "." or ".."));
}
