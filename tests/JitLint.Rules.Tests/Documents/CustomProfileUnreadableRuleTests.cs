using JitLint.Rules.Documents;
using JitLint.Rules.Tests.Sso;
using JitLint.Testing;

namespace JitLint.Rules.Tests.Documents;

public sealed class CustomProfileUnreadableRuleTests
{
    [Theory]
    [InlineData("MIAGCSqGSIb3DQEHAqCAMIACAQEx", "the profile is signed (CMS), so JitLint cannot read it")]
    [InlineData("not base64!", "the payload is not base64")]
    public void An_unreadable_payload_is_jit006_at_the_payload(string payload, string reason) =>
        Assert.Equal(
            $"The custom profile \"Enterprise SSO\" was not checked because {reason}.",
            Assert.Single(RuleVerifier.Lint(new CustomProfileUnreadableRule(), CustomProfileTests.Profile(payload))).Message);

    [Fact]
    public void A_readable_payload_is_clean() =>
        Assert.Empty(RuleVerifier.Lint(new CustomProfileUnreadableRule(), CustomProfileTests.Profile(Convert.ToBase64String("<plist><dict/></plist>"u8.ToArray()))));

    [Fact]
    public void The_finding_points_at_the_payload_property() =>
        Assert.Equal("/payload", Assert.Single(RuleVerifier.Lint(new CustomProfileUnreadableRule(), CustomProfileTests.Profile("not base64!"))).Pointer);
}
