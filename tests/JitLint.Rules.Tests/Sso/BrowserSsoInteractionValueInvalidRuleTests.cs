using JitLint.Rules.Sso;
using JitLint.Testing;
using static JitLint.Rules.Tests.Sso.SsoJson;

namespace JitLint.Rules.Tests.Sso;

public sealed class BrowserSsoInteractionValueInvalidRuleTests
{
    private const string Expected = "; set it as integer 1 (keyIntegerValuePair).";

    private readonly BrowserSsoInteractionValueInvalidRule rule = new();

    [Fact]
    public void Integer_one_is_clean() => RuleVerifier.VerifyFindings(rule, Profile());

    [Fact]
    public void A_type_without_hash_is_an_integer_entry() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: DeviceRegistration + ",\n" + BrowserSso.Replace("#microsoft.graph.", "microsoft.graph.", StringComparison.Ordinal)));

    [Fact]
    public void A_missing_key_is_left_to_jit106() => RuleVerifier.VerifyFindings(rule, Profile(configurations: DeviceRegistration));

    [Fact]
    public void Other_keys_are_not_checked() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: BothKeys + ",\n" + Entry("Browser_SSO_Interaction_Enabled", "\"1\"")));

    [Fact]
    public void A_key_with_stray_whitespace_is_still_checked() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: DeviceRegistration + ",\n" + Entry(" browser_sso_interaction_enabled", "[|\"1\"|]")));

    [Theory]
    [InlineData("[|\"1\"|]", "keyStringValuePair")]
    [InlineData("[|\"1\"|]", "keyIntegerValuePair")]
    [InlineData("[|true|]", "keyBooleanValuePair")]
    [InlineData("[|0|]", "keyIntegerValuePair")]
    [InlineData("[|2|]", "keyIntegerValuePair")]
    [InlineData("[|1.0|]", "keyRealValuePair")]
    [InlineData("[|null|]", "keyIntegerValuePair")]
    [InlineData("[|1|]", "keyStringValuePair")]
    [InlineData("[|1|]", "keyRealValuePair")]
    public void Values_other_than_integer_one_are_reported_at_the_value(string value, string type) =>
        RuleVerifier.VerifyFindings(rule, WithValue(value, type));

    [Fact]
    public void Every_entry_with_the_key_is_checked() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: BothKeys + ",\n" + Entry("browser_sso_interaction_enabled", "[|0|]", "keyIntegerValuePair")));

    [Theory]
    [InlineData("\"1\"", "keyStringValuePair", "is the string \"1\"")]
    [InlineData("\" 1\"", "keyIntegerValuePair", "is the string \" 1\"")]
    [InlineData("true", "keyBooleanValuePair", "is the boolean true")]
    [InlineData("false", "keyIntegerValuePair", "is the boolean false")]
    [InlineData("0", "keyIntegerValuePair", "is the number 0")]
    [InlineData("1.0", "keyRealValuePair", "is the number 1.0")]
    [InlineData("null", "keyIntegerValuePair", "is null")]
    [InlineData("1", "keyStringValuePair", "is the number 1 in a keyStringValuePair entry")]
    public void Message_names_what_was_found(string value, string type, string found)
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, WithValue(value, type)));
        Assert.Equal("\"browser_sso_interaction_enabled\" " + found + Expected, finding.Message);
        Assert.Equal("/iosSingleSignOnExtension/configurations/1/value", finding.Pointer);
        Assert.Equal(Core.Rules.Severity.Warning, finding.Severity);
        Assert.Null(finding.Fix);
    }

    [Fact]
    public void An_entry_without_a_graph_type_is_named_as_such()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile(configurations: """      { "key": "browser_sso_interaction_enabled", "value": 1 }""")));
        Assert.Equal("\"browser_sso_interaction_enabled\" is the number 1 in an entry without a Graph @odata.type" + Expected, finding.Message);
        Assert.Equal("/iosSingleSignOnExtension/configurations/0/value", finding.Pointer);
    }

    [Fact]
    public void An_entry_without_a_value_is_reported_at_the_entry()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile(configurations: """      { "@odata.type": "#microsoft.graph.keyIntegerValuePair", "key": "browser_sso_interaction_enabled" }""")));
        Assert.Equal("\"browser_sso_interaction_enabled\" has no value" + Expected, finding.Message);
        Assert.Equal("/iosSingleSignOnExtension/configurations/0", finding.Pointer);
        Assert.Equal(1, finding.Location.Span.Length);
    }

    private static string WithValue(string value, string type) =>
        Profile(configurations: DeviceRegistration + ",\n" + Entry("browser_sso_interaction_enabled", value, type));
}
