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
    [InlineData("a.json", true)]
    [InlineData("backup/a.json", false)]
    [InlineData("../outside/a.json", false)]
    public void Other_globs_go_to_the_globbing_library(string path, bool expected) =>
        Assert.Equal(expected, new Glob(LintConfiguration.DefaultInclude, ["backup/**"]).Matches(path));
}
