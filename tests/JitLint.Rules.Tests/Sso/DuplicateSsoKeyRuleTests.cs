using JitLint.Rules.Sso;
using JitLint.Testing;
using static JitLint.Rules.Tests.Sso.SsoJson;

namespace JitLint.Rules.Tests.Sso;

public sealed class DuplicateSsoKeyRuleTests
{
    private readonly DuplicateSsoKeyRule rule = new();

    [Fact]
    public void Distinct_keys_are_clean() => RuleVerifier.VerifyFindings(rule, Profile());

    [Fact]
    public void Keys_that_differ_in_letter_case_are_different_keys() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: BothKeys + ",\n" + Entry("Device_Registration", "\"{{DEVICEREGISTRATION}}\"")));

    [Fact]
    public void Entries_without_a_key_are_not_duplicates() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: """
                  { "@odata.type": "#microsoft.graph.keyIntegerValuePair", "value": 1 },
                  { "@odata.type": "#microsoft.graph.keyIntegerValuePair", "value": 1 }
            """));

    [Fact]
    public void Every_repetition_after_the_first_is_reported_at_its_key() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: BothKeys + ",\n" + """
                  { "@odata.type": "#microsoft.graph.keyStringValuePair", "key": [|"device_registration"|], "value": "{{DEVICEREGISTRATION}}" },
                  { "@odata.type": "#microsoft.graph.keyStringValuePair", "key": [|"device_registration"|], "value": "x" }
            """));

    [Fact]
    public void Keys_are_compared_after_removing_stray_characters() =>
        RuleVerifier.VerifyFindings(rule, Profile(configurations: BothKeys + ",\n" + Entry("browser_sso_interaction_enabled\\u00A0", "0", "keyIntegerValuePair")
            .Replace("\"browser_sso_interaction_enabled\\u00A0\"", "[|\"browser_sso_interaction_enabled\\u00A0\"|]", StringComparison.Ordinal)));

    [Fact]
    public void Message_counts_the_occurrences()
    {
        var findings = RuleVerifier.Lint(rule, Profile(configurations: string.Join(",\n", BothKeys, DeviceRegistration, Entry(" device_registration", "\"x\""))));
        Assert.Equal(2, findings.Count);
        Assert.All(findings, finding => Assert.Equal(
            "The key \"device_registration\" appears 3 times in the SSO extension; only one value takes effect.",
            finding.Message));
        Assert.Equal(["/iosSingleSignOnExtension/configurations/2/key", "/iosSingleSignOnExtension/configurations/3/key"], findings.Select(finding => finding.Pointer));
        Assert.All(findings, finding => Assert.Equal(Core.Rules.Severity.Error, finding.Severity));
        Assert.All(findings, finding => Assert.Null(finding.Fix));
    }
}
