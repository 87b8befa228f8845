using JitLint.Core.Model.Plist;

namespace JitLint.Core.Tests.Plist;

public sealed class MobileConfigTests
{
    private const string ExtensibleSso = "com.apple.extensiblesso";

    [Theory]
    [MemberData(nameof(BothForms))]
    public void The_SSO_payload_and_its_extension_data_are_found_in_either_form(byte[] profile)
    {
        var payload = Assert.Single(MobileConfig.FindPayloads(P.Read(profile), ExtensibleSso));
        Assert.Equal(P.String("com.microsoft.azureauthenticator.ssoextension"), payload.Get("ExtensionIdentifier"));
        var data = Assert.IsType<PlistDictionary>(payload.Get("ExtensionData"));
        Assert.Equal(["AppAllowList", "browser_sso_interaction_enabled", "device_registration"], data.Entries.Select(entry => entry.Key));
        Assert.Equal(P.String("{{DEVICEREGISTRATION}}"), data.Get("device_registration"));
        var interaction = Assert.IsType<PlistInteger>(data.Get("browser_sso_interaction_enabled"));
        Assert.Equal(("integer", 1L), (interaction.KindName, interaction.Value));
        Assert.Equal(P.String("com.contoso.lobapp,com.microsoft.skype.teams"), data.Get("AppAllowList"));
    }

    public static TheoryData<byte[]> BothForms => new()
    {
        System.Text.Encoding.UTF8.GetBytes(PlistSamples.SsoXml),
        PlistSamples.SsoBinary,
    };

    [Fact]
    public void The_root_is_found_when_it_is_of_the_type()
    {
        var root = P.Read(PlistSamples.SsoXml);
        Assert.Same(root, Assert.Single(MobileConfig.FindPayloads(root, "Configuration")));
    }

    [Fact]
    public void A_bare_payload_is_found_itself()
    {
        var root = P.Dict(("PayloadType", P.String(ExtensibleSso)), ("ExtensionIdentifier", P.String("x")));
        Assert.Same(root, Assert.Single(MobileConfig.FindPayloads(root, ExtensibleSso)));
    }

    [Fact]
    public void Matching_payloads_come_in_file_order_after_the_root_and_others_are_skipped()
    {
        var first = P.Dict(("PayloadType", P.String(ExtensibleSso)), ("n", P.Integer(1)));
        var second = P.Dict(("PayloadType", P.String(ExtensibleSso)), ("n", P.Integer(2)));
        var root = P.Dict(
            ("PayloadType", P.String(ExtensibleSso)),
            ("PayloadContent", P.Array(
                first,
                P.Dict(("PayloadType", P.String("com.apple.wifi.managed"))),
                P.Dict(("PayloadType", P.String("com.apple.ExtensibleSSO"))),
                P.Dict(("PayloadType", P.Integer(1))),
                P.Dict(),
                P.String(ExtensibleSso),
                second)));

        var payloads = MobileConfig.FindPayloads(root, ExtensibleSso);

        Assert.Equal(3, payloads.Count);
        Assert.Same(root, payloads[0]);
        Assert.Same(first, payloads[1]);
        Assert.Same(second, payloads[2]);
    }

    [Fact]
    public void Only_the_root_s_own_PayloadContent_array_is_searched()
    {
        var nested = P.Dict(("PayloadType", P.String(ExtensibleSso)));
        Assert.Empty(MobileConfig.FindPayloads(P.Dict(("PayloadContent", P.Array(P.Dict(("PayloadContent", P.Array(nested)))))), ExtensibleSso));
        Assert.Empty(MobileConfig.FindPayloads(P.Dict(("PayloadContent", nested)), ExtensibleSso));
        Assert.Empty(MobileConfig.FindPayloads(P.Array(nested), ExtensibleSso));
        Assert.Empty(MobileConfig.FindPayloads(P.String(ExtensibleSso), ExtensibleSso));
    }

    [Fact]
    public void A_duplicated_PayloadType_is_judged_by_its_last_value_as_on_a_device()
    {
        var payload = P.Dict(("PayloadType", P.String(ExtensibleSso)), ("PayloadType", P.String("com.apple.wifi.managed")));
        Assert.Empty(MobileConfig.FindPayloads(P.Dict(("PayloadContent", P.Array(payload))), ExtensibleSso));
    }
}
