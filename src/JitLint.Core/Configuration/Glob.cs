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

    /// <summary>The one path the glob names, when it is a single include with no wildcard and no exclude.</summary>
    private readonly string? literalPath;

    public Glob(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        var includes = include.ToList();
        var excludes = exclude.ToList();
        matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(includes);
        matcher.AddExcludePatterns(excludes);
        isAnyJsonFile = includes is [AnyJsonFile] && excludes.Count == 0;
        literalPath = includes is [var only] && excludes.Count == 0 && IsLiteral(only) ? only : null;
    }

    /// <param name="relativePath">A path relative to the configuration's folder, '/' separated.</param>
    public bool Matches(string relativePath) =>
        !IsOutside(relativePath) && (isAnyJsonFile ? relativePath.EndsWith(".json", StringComparison.Ordinal)
            : literalPath is not null ? relativePath == literalPath
            : matcher.Match(relativePath).HasMatches);

    /// <summary>Whether a relative path leaves the configuration's folder, where its globs say nothing.</summary>
    public static bool IsOutside(string relativePath) => relativePath.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relativePath);

    /// <summary>
    /// The paths among <paramref name="relativePaths"/> (normalised, as <see cref="Path.GetRelativePath"/> gives them)
    /// that the glob matches: one pass of the library over all of them, where asking path by path builds a tree each.
    /// </summary>
    internal IReadOnlySet<string> MatchingAmong(IReadOnlyCollection<string> relativePaths)
    {
        if (literalPath is not null)
        {
            return relativePaths.Contains(literalPath) ? new HashSet<string>([literalPath], StringComparer.Ordinal) : [];
        }

        var inside = relativePaths.Where(path => !IsOutside(path));
        if (isAnyJsonFile)
        {
            return inside.Where(Matches).ToHashSet(StringComparer.Ordinal);
        }

        // The library matches paths under a root folder; any root will do, as the paths are relative and normalised.
        return matcher.Match("/", inside).Files.Select(match => match.Path).ToHashSet(StringComparer.Ordinal);
    }

    // A pattern the library reads as one exact path: no wildcard, and no empty, "." or ".." segment to normalise.
    private static bool IsLiteral(string pattern) =>
        pattern.IndexOfAny(['*', '\\']) < 0 && pattern.Split('/').All(segment => segment is not ("" or "." or ".."));
}
