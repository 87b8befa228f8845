using System.Text;
using JitLint.Core.Model.Plist;

namespace JitLint.Core.Tests.Plist;

/// <summary>Both forms of one profile give one model, and what is no property list says what it is.</summary>
public sealed class PlistReaderTests
{
    private static readonly PlistDictionary SsoModel = P.Dict(
        ("PayloadContent", P.Array(P.Dict(
            ("ExtensionData", P.Dict(
                ("AppAllowList", P.String("com.contoso.lobapp,com.microsoft.skype.teams")),
                ("browser_sso_interaction_enabled", P.Integer(1)),
                ("device_registration", P.String("{{DEVICEREGISTRATION}}")))),
            ("ExtensionIdentifier", P.String("com.microsoft.azureauthenticator.ssoextension")),
            ("PayloadDisplayName", P.String("Single Sign-On Extensions")),
            ("PayloadIdentifier", P.String("com.apple.extensiblesso.7E0B6F7C-3C4A-4E55-9D3F-2B8F4B7A1C11")),
            ("PayloadType", P.String("com.apple.extensiblesso")),
            ("PayloadUUID", P.String("7E0B6F7C-3C4A-4E55-9D3F-2B8F4B7A1C11")),
            ("PayloadVersion", P.Integer(1)),
            ("TeamIdentifier", P.String("SGGM6D27TK")),
            ("Type", P.String("Redirect")),
            ("URLs", P.Array(P.String("https://login.microsoftonline.com"), P.String("https://login.microsoft.com"), P.String("https://sts.windows.net")))))),
        ("PayloadDisplayName", P.String("iOS - JIT SSO")),
        ("PayloadIdentifier", P.String("com.contoso.jit-sso")),
        ("PayloadRemovalDisallowed", new PlistBoolean(false)),
        ("PayloadType", P.String("Configuration")),
        ("PayloadUUID", P.String("0C5D3A1E-8F2B-4B6A-A9E4-5F1D2C3B4A59")),
        ("PayloadVersion", P.Integer(1)));

    private static readonly PlistDictionary KitchenSinkModel = P.Dict(
        ("small", P.Integer(7)),
        ("byte", P.Integer(255)),
        ("short", P.Integer(256)),
        ("int", P.Integer(65536)),
        ("long", P.Integer(4294967296)),
        ("negative", P.Integer(-1)),
        ("max", P.Integer(long.MaxValue)),
        ("min", P.Integer(long.MinValue)),
        ("unsigned64", PlistInteger.Huge("18446744073709551615")),
        ("half", new PlistReal(0.5)),
        ("big", new PlistReal(-1.25e10)),
        ("yes", new PlistBoolean(true)),
        ("no", new PlistBoolean(false)),
        ("when", new PlistDate(new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc))),
        ("short data", new PlistData([0x00, 0x01, 0xFE, 0xFF])),
        ("long data", new PlistData([.. Enumerable.Range(0, 40).Select(i => (byte)i)])),
        ("unicode", P.String("Zürich ✓ 😀")),
        ("long ascii", P.String("a string longer than fifteen characters")),
        ("empty string", P.String("")),
        ("empty dict", P.Dict()),
        ("empty array", P.Array()),
        ("nested", P.Array(P.Array(P.Integer(1), P.Array(P.Integer(2), P.Dict(("deep", P.Array(P.Integer(3)))))))));

    [Fact]
    public void The_XML_SSO_profile_reads_to_the_exact_model() => Assert.Equal(SsoModel, P.Read(PlistSamples.SsoXml));

    [Fact]
    public void The_binary_SSO_profile_reads_to_the_same_model_as_the_XML_one() =>
        Assert.Equal(P.Read(PlistSamples.SsoXml), P.Read(PlistSamples.SsoBinary));

    [Fact]
    public void Every_kind_reads_the_same_from_XML_and_from_binary()
    {
        Assert.Equal(KitchenSinkModel, P.Read(PlistSamples.KitchenSinkXml));
        Assert.Equal(KitchenSinkModel, P.Read(PlistSamples.KitchenSinkBinary));
    }

    [Fact]
    public void A_signed_profile_is_recognised_and_not_unwrapped() =>
        Assert.Equal("the profile is signed (CMS), so JitLint cannot read it", P.Error(PlistSamples.SignedProfile));

    [Theory]
    [InlineData(new byte[] { 0x30, 0x80 })]
    [InlineData(new byte[] { 0x30, 0x80, 0x06, 0x09, 0x2A, 0x86, 0x48 })]
    [InlineData(new byte[] { 0x30, 0x82, 0x06, 0x34 })]
    [InlineData(new byte[] { 0x30, 0x84, 0x00, 0x00, 0x06, 0x34 })]
    public void DER_or_BER_with_a_long_or_indefinite_length_is_a_signed_profile(byte[] bytes) =>
        Assert.Equal(PlistReader.SignedProfileError, P.Error(bytes));

    [Theory]
    [InlineData(new byte[] { }, "the property list is empty")]
    [InlineData(new byte[] { 0x30, 0x0A }, "it starts with the bytes 300A, neither '<' (an XML property list) nor 'bplist' (a binary one)")]
    [InlineData(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x31, 0x7D }, "it starts with the bytes 7B226122, neither '<' (an XML property list) nor 'bplist' (a binary one)")]
    [InlineData(new byte[] { 0x20, 0x0A }, "it starts with the bytes 200A, neither '<' (an XML property list) nor 'bplist' (a binary one)")]
    public void Bytes_that_are_no_property_list_say_how_they_start(byte[] bytes, string error) =>
        Assert.Equal(error, P.Error(bytes));

    [Fact]
    public void An_OpenStep_property_list_is_not_read() =>
        Assert.Equal("it starts with the bytes 7B206120, neither '<' (an XML property list) nor 'bplist' (a binary one)", P.Error("{ a = b; }"));

    [Fact]
    public void White_space_before_the_XML_is_allowed() =>
        Assert.Equal(P.String("x"), P.Read("\r\n\t <plist><string>x</string></plist>"));

    [Fact]
    public void A_byte_order_mark_makes_it_text_even_when_no_tag_follows() =>
        Assert.Equal("the XML cannot be read: Data at the root level is invalid. Line 1, position 1.",
            P.Error([.. Encoding.UTF8.GetPreamble(), .. "plist"u8]));
}
