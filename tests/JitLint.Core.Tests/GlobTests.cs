using JitLint.Core.Configuration;
using Microsoft.Extensions.FileSystemGlobbing;

namespace JitLint.Core.Tests;

public sealed class GlobTests
{
    [Theory]
    [InlineData("a.json")]
    [InlineData("dir/sub/a.json")]
    [InlineData(".json")]
    [InlineData(".hidden/a.json")]
    [InlineData("A.JSON")]
    [InlineData("a.json.bak")]
    [InlineData("json")]
    [InlineData("dir/a.jsonc")]
    [InlineData("dir.json/a.txt")]
    [InlineData("My Policy (iOS) ☕.json")]
    public void The_default_globs_match_what_the_globbing_library_matches(string path)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude("**/*.json");

        Assert.Equal(matcher.Match(path).HasMatches, new Glob(LintConfiguration.DefaultInclude, []).Matches(path));
    }

    [Theory]
    [InlineData("intune/a.json", "intune/a.json")]
    [InlineData("intune/a.json", "intune/A.json")]
    [InlineData("intune/a.json", "intune/a.json.bak")]
    [InlineData("intune/a.json", "other/intune/a.json")]
    [InlineData("intune/My Policy (iOS) ☕.json", "intune/My Policy (iOS) ☕.json")]
    [InlineData("intune/a?.json", "intune/ab.json")]
    [InlineData("intune/[a].json", "intune/a.json")]
    [InlineData("intune//a.json", "intune/sub/a.json")]
    [InlineData("./intune/a.json", "intune/a.json")]
    [InlineData("intune/./a.json", "intune/a.json")]
    [InlineData("/intune/a.json", "intune/a.json")]
    [InlineData("intune/a.json/", "intune/a.json")]
    public void A_glob_of_one_path_matches_what_the_globbing_library_matches(string pattern, string path)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);

        Assert.Equal(matcher.Match(path).HasMatches, new Glob([pattern], []).Matches(path));
    }

    [Theory]
    [InlineData("**/*.json")]
    [InlineData("intune/a.json")]
    [InlineData("intune/*.json")]
    [InlineData("**/b*")]
    [InlineData("intune/**")]
    [InlineData("**")]
    public void Matching_many_paths_at_once_agrees_with_matching_each(string pattern)
    {
        string[] paths = ["a.json", "intune/a.json", "intune/b.json", "intune/sub/b.txt", "intune/A.JSON", "other/b.json", "../intune/a.json", ".", "intune/a.json"];
        var glob = new Glob([pattern], []);

        Assert.Equal(paths.Where(glob.Matches).Distinct().Order(StringComparer.Ordinal), glob.MatchingAmong(paths).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("a.json", true)]
    [InlineData("backup/a.json", false)]
    [InlineData("../outside/a.json", false)]
    public void Other_globs_go_to_the_globbing_library(string path, bool expected) =>
        Assert.Equal(expected, new Glob(LintConfiguration.DefaultInclude, ["backup/**"]).Matches(path));
}
