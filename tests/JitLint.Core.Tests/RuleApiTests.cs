using JitLint.Core.Rules;
using JitLint.Testing;

namespace JitLint.Core.Tests;

public sealed class RuleApiTests
{
    [Theory]
    [InlineData("1.0")]
    [InlineData("1.1")]
    public void A_pack_for_this_version_is_compatible(string declared) =>
        Assert.Null(RuleApi.Incompatibility(declared));

    [Theory]
    [InlineData("2.0", "was built for rule API 2.0, but this JitLint provides rule API 1.1")]
    [InlineData("0.9", "was built for rule API 0.9, but this JitLint provides rule API 1.1")]
    [InlineData("1.2", "was built for rule API 1.2, but this JitLint provides rule API 1.1")]
    [InlineData("1", "declares the rule API version \"1\", which is not MAJOR.MINOR")]
    [InlineData("1.0.0", "declares the rule API version \"1.0.0\", which is not MAJOR.MINOR")]
    [InlineData("v1.0", "declares the rule API version \"v1.0\", which is not MAJOR.MINOR")]
    public void Another_major_version_a_newer_minor_version_or_a_malformed_one_is_refused(string declared, string expected) =>
        Assert.Equal(expected, RuleApi.Incompatibility(declared));

    [Fact]
    public void The_sample_pack_declares_the_current_version() =>
        Assert.Contains(
            $"[assembly: JitLintRuleApi(\"{RuleApi.Version}\")]",
            File.ReadAllText(Path.Combine(RepositoryFiles.Root, "rules", "samples", "ContosoRulePack", "AssemblyInfo.cs")),
            StringComparison.Ordinal);
}
