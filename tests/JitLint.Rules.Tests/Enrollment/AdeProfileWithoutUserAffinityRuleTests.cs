using JitLint.Rules.Enrollment;
using JitLint.Testing;
using static JitLint.Rules.Tests.Enrollment.AdeJson;

namespace JitLint.Rules.Tests.Enrollment;

public sealed class AdeProfileWithoutUserAffinityRuleTests
{
    private readonly AdeProfileWithoutUserAffinityRule rule = new();

    [Theory]
    [InlineData("false", "true")]
    [InlineData("true", "false")]
    [InlineData("false", "false")]
    public void Profiles_with_user_affinity_are_clean(string companyPortal, string modernAuthentication) =>
        RuleVerifier.VerifyFindings(rule, Profile("true", companyPortal, modernAuthentication));

    [Theory]
    [InlineData("false")]
    [InlineData("null")]
    public void No_user_affinity_is_reported_at_its_flag(string userAffinity) =>
        RuleVerifier.VerifyFindings(rule, Profile(userAffinity, "false", "false").Mark(UserAffinity));

    [Fact]
    public void An_absent_flag_is_reported_at_the_opening_brace()
    {
        // Markup cannot mark a lone brace ("[|{|]" reads as a named-rule marker), so the span is checked directly.
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile(null, "false", "false")));
        Assert.Equal(new Syntax.Text.TextSpan(0, 1), finding.Location.Span);
        Assert.Equal(string.Empty, finding.Pointer);
    }

    [Fact]
    public void Contradicting_method_flags_do_not_hide_the_missing_user_affinity() =>
        RuleVerifier.VerifyFindings(rule, Profile("false", "true", "false").Mark(UserAffinity));

    [Fact]
    public void Message_names_the_profile()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile("false", "false", "false", displayName: "Kiosk")));
        Assert.Equal("The ADE profile \"Kiosk\" enrolls devices without user affinity, so JIT registration does not apply to them.", finding.Message);
        Assert.Equal("/requiresUserAuthentication", finding.Pointer);
        Assert.Null(finding.Fix);
    }
}
