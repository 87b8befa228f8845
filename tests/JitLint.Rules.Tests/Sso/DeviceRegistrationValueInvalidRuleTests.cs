using JitLint.Rules.Sso;
using JitLint.Testing;
using static JitLint.Rules.Tests.Sso.SsoJson;

namespace JitLint.Rules.Tests.Sso;

public sealed class DeviceRegistrationValueInvalidRuleTests
{
    private const string Expected = "; set it to the string {{DEVICEREGISTRATION}} (keyStringValuePair).";

    private readonly DeviceRegistrationValueInvalidRule rule = new();

    [Fact]
    public void The_token_as_a_string_entry_is_clean() => RuleVerifier.VerifyFindings(rule, Profile());

    [Theory]
    [InlineData("\"{{DEVICEREGISTRATION}} \"")]
    [InlineData("\"\\u200B{{DEVICEREGISTRATION}}\"")]
    public void Stray_characters_around_the_token_are_left_to_jit105(string value) =>
        RuleVerifier.VerifyFindings(rule, WithValue(value));

    [Fact]
    public void A_type_without_hash_is_a_string_entry() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: DeviceRegistration.Replace("#microsoft.graph.", "microsoft.graph.", StringComparison.Ordinal) + ",\n" + BrowserSso));

    [Fact]
    public void A_key_with_stray_whitespace_is_still_checked() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: Entry("device_registration\\t", "[|\"DEVICEREGISTRATION\"|]")));

    [Theory]
    [InlineData("Device_Registration")]
    [InlineData("device_registration_token")]
    public void Other_keys_are_not_checked(string key) =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: Entry(key, "\"yes\"")));

    [Fact]
    public void A_missing_key_is_left_to_jit103() => RuleVerifier.VerifyFindings(rule, Profile(configurations: BrowserSso));

    [Theory]
    [InlineData("[|\"{{deviceregistration}}\"|]")]
    [InlineData("[|\"{DEVICEREGISTRATION}\"|]")]
    [InlineData("[|\"{{DEVICEREGISTRATION}\"|]")]
    [InlineData("[|\"{{DEVICEREGISTRATON}}\"|]")]
    [InlineData("[|\"true\"|]")]
    [InlineData("[|\"\"|]")]
    [InlineData("[|1|]")]
    [InlineData("[|true|]")]
    [InlineData("[|null|]")]
    [InlineData("[|[\"{{DEVICEREGISTRATION}}\"]|]")]
    public void Wrong_values_are_reported_at_the_value(string value) =>
        RuleVerifier.VerifyFindings(rule, WithValue(value));

    [Fact]
    public void A_wrong_type_is_reported_at_the_type_property() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: DeviceRegistration.Replace(
            "\"@odata.type\": \"#microsoft.graph.keyStringValuePair\"",
            "[|\"@odata.type\"|]: \"#microsoft.graph.keyIntegerValuePair\"",
            StringComparison.Ordinal)));

    [Fact]
    public void A_wrong_value_wins_over_a_wrong_type() =>
        RuleVerifier.VerifyFindings(rule, WithValue("[|\"{DEVICEREGISTRATION}\"|]", "keyIntegerValuePair"));

    [Fact]
    public void Every_entry_with_the_key_is_checked() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: DeviceRegistration + ",\n" + Entry("device_registration", "[|\"{{DEVICE_REGISTRATION}}\"|]")));

    [Theory]
    [InlineData("\"{{deviceregistration}}\"", "\"device_registration\" is \"{{deviceregistration}}\", which differs only in letter case (the token is case-sensitive)")]
    [InlineData("\" {{DeviceRegistration}}\"", "\"device_registration\" is \" {{DeviceRegistration}}\", which differs only in letter case (the token is case-sensitive)")]
    [InlineData("\"{DEVICEREGISTRATION}\"", "\"device_registration\" is \"{DEVICEREGISTRATION}\", which is missing braces")]
    [InlineData("\"{{DEVICEREGISTRATION}\"", "\"device_registration\" is \"{{DEVICEREGISTRATION}\", which is missing braces")]
    [InlineData("\"DEVICEREGISTRATION\"", "\"device_registration\" is \"DEVICEREGISTRATION\", which is missing braces")]
    [InlineData("\"{{{DEVICEREGISTRATION}}}\"", "\"device_registration\" is \"{{{DEVICEREGISTRATION}}}\", which has extra braces")]
    [InlineData("\"{{{DEVICEREGISTRATION}\"", "\"device_registration\" is \"{{{DEVICEREGISTRATION}\", which has the wrong number of braces")]
    [InlineData("\"{deviceregistration}\"", "\"device_registration\" is \"{deviceregistration}\", which is missing braces and differs in letter case (the token is case-sensitive)")]
    [InlineData("\"{{DEVICEREGISTRATON}}\"", "\"device_registration\" is \"{{DEVICEREGISTRATON}}\", which looks like a typo")]
    [InlineData("\"{{DEVICE_REGISTRATION}}\"", "\"device_registration\" is \"{{DEVICE_REGISTRATION}}\", which looks like a typo")]
    [InlineData("\"{{USERPRINCIPALNAME}}\"", "\"device_registration\" is \"{{USERPRINCIPALNAME}}\", which is not the registration token")]
    [InlineData("\"{{}}\"", "\"device_registration\" is \"{{}}\", which is not the registration token")]
    [InlineData("\"1\\u00A0\"", "\"device_registration\" is \"1\\u00A0\", which is not the registration token")]
    [InlineData("1", "\"device_registration\" is the number 1, not a string")]
    [InlineData("true", "\"device_registration\" is the boolean true, not a string")]
    [InlineData("null", "\"device_registration\" is null, not a string")]
    public void Message_names_the_value_and_the_near_miss(string value, string message)
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, WithValue(value)));
        Assert.Equal(message + Expected, finding.Message);
        Assert.Equal("/iosSingleSignOnExtension/configurations/0/value", finding.Pointer);
        Assert.Equal(Core.Rules.Severity.Error, finding.Severity);
        Assert.Null(finding.Fix);
    }

    [Theory]
    [InlineData("keyIntegerValuePair", "\"device_registration\" is typed keyIntegerValuePair, not keyStringValuePair")]
    [InlineData("keyBooleanValuePair", "\"device_registration\" is typed keyBooleanValuePair, not keyStringValuePair")]
    public void Message_names_the_wrong_type(string type, string message)
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, WithValue("\"{{DEVICEREGISTRATION}}\"", type)));
        Assert.Equal(message + Expected, finding.Message);
        Assert.Equal("/iosSingleSignOnExtension/configurations/0/@odata.type", finding.Pointer);
    }

    [Fact]
    public void An_entry_without_a_graph_type_is_reported_at_the_entry()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile(configurations: """      { "key": "device_registration", "value": "{{DEVICEREGISTRATION}}" }""")));
        Assert.Equal("\"device_registration\" has no Graph @odata.type" + Expected, finding.Message);
        Assert.Equal("/iosSingleSignOnExtension/configurations/0", finding.Pointer);
        Assert.Equal(1, finding.Location.Span.Length);
    }

    [Fact]
    public void An_entry_without_a_value_is_reported_at_the_entry()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, Profile(configurations: """      { "@odata.type": "#microsoft.graph.keyStringValuePair", "key": "device_registration" }""")));
        Assert.Equal("\"device_registration\" has no value" + Expected, finding.Message);
        Assert.Equal("/iosSingleSignOnExtension/configurations/0", finding.Pointer);
        Assert.Equal(1, finding.Location.Span.Length);
    }

    private static string WithValue(string value, string type = "keyStringValuePair") =>
        Profile(configurations: Entry("device_registration", value, type) + ",\n" + BrowserSso);
}
