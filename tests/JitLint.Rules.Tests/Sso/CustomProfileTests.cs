using System.Text;
using JitLint.Core.Engine;
using JitLint.Rules.Sso;
using JitLint.Testing;

namespace JitLint.Rules.Tests.Sso;

/// <summary>The SSO extension inside an iosCustomConfiguration's base64 .mobileconfig, XML or binary.</summary>
public sealed class CustomProfileTests
{
    /// <summary>
    /// plistlib.dumps(profile, fmt=FMT_BINARY) of a profile whose ExtensionData holds "device_registration " (with a
    /// trailing space) and an AppAllowList "com.contoso.expenses, com.microsoft.azureauthenticator".
    /// </summary>
    private const string BinaryProfile = "YnBsaXN0MDDWAQIDBAUGBxwdHh8WXlBheWxvYWRDb250ZW50XxASUGF5bG9hZERpc3BsYXlOYW1lXxARUGF5bG9hZElkZW50aWZpZXJbUGF5bG9hZFR5cGVbUGF5bG9hZFVVSUReUGF5bG9hZFZlcnNpb26hCNgJCgMEBQYLDA0SExQVFhcYXUV4dGVuc2lvbkRhdGFfEBNFeHRlbnNpb25JZGVudGlmaWVyVFR5cGVUVVJMc9IODxARXEFwcEFsbG93TGlzdF8QFGRldmljZV9yZWdpc3RyYXRpb24gXxA2Y29tLmNvbnRvc28uZXhwZW5zZXMsIGNvbS5taWNyb3NvZnQuYXp1cmVhdXRoZW50aWNhdG9yXxAWe3tERVZJQ0VSRUdJU1RSQVRJT059fV8QLWNvbS5taWNyb3NvZnQuYXp1cmVhdXRoZW50aWNhdG9yLnNzb2V4dGVuc2lvbl8QD2NvbS5jb250b3NvLnNzb18QF2NvbS5hcHBsZS5leHRlbnNpYmxlc3NvXxAkNUExRTJDM0QtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxEAFYUmVkaXJlY3SjGRobXxAhaHR0cHM6Ly9sb2dpbi5taWNyb3NvZnRvbmxpbmUuY29tXxAbaHR0cHM6Ly9sb2dpbi5taWNyb3NvZnQuY29tXxAXaHR0cHM6Ly9zdHMud2luZG93cy5uZXReRW50ZXJwcmlzZSBTU09fEBNjb20uY29udG9zby5wcm9maWxlXUNvbmZpZ3VyYXRpb25fECQ1QTFFMkMzRC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDIACAAVACQAOQBNAFkAZQB0AHYAhwCVAKsAsAC1ALoAxwDeARcBMAFgAXIBjAGzAbUBvgHCAeYCBAIeAi0CQwJRAAAAAAAAAgEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAng=";

    public static TheoryData<string, (string Key, string Type, string Value)[]> Scenarios => SsoFormsTests.Scenarios;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void A_custom_profile_gives_the_rule_ids_of_a_device_features_profile(string scenario, (string Key, string Type, string Value)[] entries)
    {
        _ = scenario;
        Assert.Equal(RuleIds(SsoFormsTests.DeviceFeatures(entries)), RuleIds(Profile(XmlProfile(entries))));
    }

    [Fact]
    public void Findings_point_at_the_payload_string_name_the_key_and_offer_no_fix()
    {
        var json = Profile(BinaryProfile);
        var findings = new Linter(BuiltInRules.All).Lint([SourceInput.InMemory("p.json", Encoding.UTF8.GetBytes(json))], false).Findings;

        Assert.Equal(["JIT101", "JIT105", "JIT106"], findings.Select(finding => finding.Rule.Id).Order(StringComparer.Ordinal));
        Assert.All(findings, finding => Assert.Equal("/payload", finding.Pointer));
        Assert.All(findings, finding => Assert.Null(finding.Fix));
        Assert.All(findings, finding => Assert.Equal(json.IndexOf(BinaryProfile, StringComparison.Ordinal) - 1, finding.Location.Span.Start));
        Assert.Contains(findings, finding => finding.Message == "The key \"device_registration \" has a trailing space (U+0020); JIT registration silently fails on it.");
    }

    [Fact]
    public void A_profile_without_an_sso_payload_is_not_an_sso_extension() =>
        Assert.Empty(RuleVerifier.Lint(new DeviceRegistrationMissingRule(), Profile(Base64("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0"><dict><key>PayloadContent</key><array><dict><key>PayloadType</key><string>com.apple.wifi.managed</string></dict></array></dict></plist>
            """))));

    private static List<string> RuleIds(string json) =>
        [.. new Linter(BuiltInRules.All).Lint([SourceInput.InMemory("p.json", Encoding.UTF8.GetBytes(json))], false)
            .Findings.Select(finding => finding.Rule.Id).Order(StringComparer.Ordinal)];

    internal static string Profile(string payload) => $$"""
        {
          "@odata.type": "#microsoft.graph.iosCustomConfiguration",
          "displayName": "Enterprise SSO",
          "payloadName": "Enterprise SSO",
          "payloadFileName": "EnterpriseSSO.mobileconfig",
          "payload": "{{payload}}"
        }
        """;

    private static string XmlProfile((string Key, string Type, string Value)[] entries) => Base64($$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
          <key>PayloadContent</key>
          <array>
            <dict>
              <key>PayloadType</key><string>com.apple.extensiblesso</string>
              <key>ExtensionIdentifier</key><string>com.microsoft.azureauthenticator.ssoextension</string>
              <key>Type</key><string>Redirect</string>
              <key>ExtensionData</key>
              <dict>
        {{string.Concat(entries.Select(entry => $"        <key>{entry.Key}</key><{entry.Type}>{entry.Value}</{entry.Type}>\n"))}}      </dict>
            </dict>
          </array>
          <key>PayloadType</key><string>Configuration</string>
        </dict>
        </plist>
        """);

    private static string Base64(string xml) => Convert.ToBase64String(Encoding.UTF8.GetBytes(xml));
}
