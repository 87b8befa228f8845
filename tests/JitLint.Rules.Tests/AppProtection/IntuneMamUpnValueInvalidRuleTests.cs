using JitLint.Rules.AppProtection;
using JitLint.Testing;
using static JitLint.Rules.Tests.AppProtection.AppConfigurationJson;

namespace JitLint.Rules.Tests.AppProtection;

public sealed class IntuneMamUpnValueInvalidRuleTests
{
    private readonly IntuneMamUpnValueInvalidRule rule = new();

    [Theory]
    [InlineData("\"{{userprincipalname}}\"")]
    [InlineData("\"{{UserPrincipalName}}\"")]
    [InlineData("\"{{userprincipalname}} \"")]
    public void The_upn_token_as_a_string_is_clean(string value) =>
        RuleVerifier.VerifyFindings(rule, ManagedDevices(UpnItem("\"stringType\"", value) + ",\n" + AllowedAccountsSetting));

    [Fact]
    public void Other_keys_and_policies_without_settings_are_clean()
    {
        RuleVerifier.VerifyFindings(rule, ManagedDevices(AllowedAccountsSetting));
        RuleVerifier.VerifyFindings(rule, ManagedDevices(UpnItem("\"stringType\"", "\"{{mail}}\"", key: "\"IntuneMAMDeviceID\"")));
        RuleVerifier.VerifyFindings(rule, """
            { "@odata.type": "#microsoft.graph.iosMobileAppConfiguration", "displayName": "Outlook - XML", "encodedSettingXml": "PGRpY3Q+PC9kaWN0Pg==", "settings": [] }
            """);
    }

    [Theory]
    [InlineData("\"{{mail}}\"")]
    [InlineData("\"{{userprincipalname}\"")]
    [InlineData("\"user@contoso.com\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void A_wrong_value_is_reported_at_the_value(string value) =>
        RuleVerifier.VerifyFindings(rule, ManagedDevices(UpnItem("\"stringType\"", $"[|{value}|]")));

    [Theory]
    [InlineData("\"tokenType\"")]
    [InlineData("\"StringType\"")]
    [InlineData("null")]
    public void A_wrong_type_with_the_right_value_is_reported_at_the_type(string type) =>
        RuleVerifier.VerifyFindings(rule, ManagedDevices(UpnItem($"[|{type}|]", "\"{{userprincipalname}}\"")));

    [Fact]
    public void A_wrong_value_and_type_are_reported_once_at_the_value() =>
        RuleVerifier.VerifyFindings(rule, ManagedDevices(UpnItem("\"tokenType\"", "[|\"{{mail}}\"|]")));

    [Fact]
    public void A_key_with_stray_white_space_is_still_intune_mam_upn() =>
        RuleVerifier.VerifyFindings(rule, ManagedDevices(UpnItem("\"stringType\"", "[|\"{{mail}}\"|]", key: "\"IntuneMAMUPN\\u200B \"")));

    [Fact]
    public void Keys_are_case_sensitive() =>
        RuleVerifier.VerifyFindings(rule, ManagedDevices(UpnItem("\"stringType\"", "\"{{mail}}\"", key: "\"intunemamupn\"")));

    [Fact]
    public void Message_names_the_value_and_the_expected_token()
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, ManagedDevices(UpnItem("\"stringType\"", "\"{{mail}}\""))));
        Assert.Equal("IntuneMAMUPN is \"{{mail}}\"; it must be the token {{userprincipalname}} with type stringType.", finding.Message);
        Assert.Equal("/settings/0/appConfigKeyValue", finding.Pointer);
        Assert.Null(finding.Fix);
    }

    [Theory]
    [InlineData("\"tokenType\"", "\"{{userprincipalname}}\"", "IntuneMAMUPN is \"{{userprincipalname}}\" with type tokenType; it must be the token {{userprincipalname}} with type stringType.")]
    [InlineData("\"tokenType\"", "\"{{mail}}\"", "IntuneMAMUPN is \"{{mail}}\" with type tokenType; it must be the token {{userprincipalname}} with type stringType.")]
    [InlineData(null, "\"{{userprincipalname}}\"", "IntuneMAMUPN is \"{{userprincipalname}}\" without a type; it must be the token {{userprincipalname}} with type stringType.")]
    [InlineData("\"stringType\"", null, "IntuneMAMUPN is set without a value; it must be the token {{userprincipalname}} with type stringType.")]
    [InlineData("\"stringType\"", "\"{{mail}}\\u00A0\"", "IntuneMAMUPN is \"{{mail}}\\u00A0\"; it must be the token {{userprincipalname}} with type stringType.")]
    public void Message_names_what_was_found(string? type, string? value, string message)
    {
        var finding = Assert.Single(RuleVerifier.Lint(rule, ManagedDevices(UpnItem(type, value))));
        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void A_missing_part_is_reported_at_the_item()
    {
        var json = ManagedDevices(UpnItem("\"stringType\"", null));
        var finding = Assert.Single(RuleVerifier.Lint(rule, json));
        Assert.Equal("/settings/0", finding.Pointer);
        Assert.Equal(1, finding.Location.Span.Length);
        Assert.Equal((byte)'{', System.Text.Encoding.UTF8.GetBytes(json)[finding.Location.Span.Start]);
    }
}
