using System.Text;
using JitLint.Core.Model.Plist;

namespace JitLint.Core.Tests.Plist;

public sealed class XmlPlistReaderTests
{
    private static readonly PlistValue Sso = P.Read(PlistSamples.SsoXml);

    [Fact]
    public void The_declaration_and_DOCTYPE_are_optional()
    {
        var bare = string.Join('\n', PlistSamples.SsoXml.Split('\n').Skip(2));
        Assert.StartsWith("<plist", bare, StringComparison.Ordinal);
        Assert.Equal(Sso, P.Read(bare));
    }

    [Fact]
    public void UTF8_with_a_byte_order_mark_reads_the_same() =>
        Assert.Equal(Sso, P.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(PlistSamples.SsoXml)]));

    [Theory]
    [InlineData("UTF-16")]
    [InlineData("UTF-8")]
    public void UTF16_with_a_byte_order_mark_reads_the_same_whatever_the_declaration_says(string declared)
    {
        var xml = PlistSamples.SsoXml.Replace("encoding=\"UTF-8\"", $"encoding=\"{declared}\"");
        Assert.Equal(Sso, P.Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)]));
        Assert.Equal(Sso, P.Read([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(xml)]));
    }

    [Fact]
    public void A_bare_value_without_the_plist_wrapper_reads_like_Core_Foundation_reads_it() =>
        Assert.Equal(P.Array(P.String("a")), P.Read("  <array><string>a</string></array>"));

    [Fact]
    public void Duplicate_keys_are_kept_in_order()
    {
        var root = P.Read(P.Xml("<dict><key>k</key><integer>1</integer><key>j</key><true/><key>k</key><string>2</string></dict>"));
        Assert.Equal(P.Dict(("k", P.Integer(1)), ("j", new PlistBoolean(true)), ("k", P.String("2"))), root);
    }

    [Theory]
    [InlineData("<string/>", "")]
    [InlineData("<string></string>", "")]
    [InlineData("<string>  two  spaces\t</string>", "  two  spaces\t")]
    [InlineData("<string> </string>", " ")]
    [InlineData("<string>&lt;&amp;&gt;&quot;&apos;&#x41;&#66;</string>", "<&>\"'AB")]
    [InlineData("<string><![CDATA[{{DEVICEREGISTRATION}} <b>]]></string>", "{{DEVICEREGISTRATION}} <b>")]
    [InlineData("<string>a<!-- a comment -->b<?pi x?>c</string>", "abc")]
    [InlineData("<string>line\r\nbreak</string>", "line\nbreak")]
    public void Strings_keep_their_text_exactly(string element, string expected) =>
        Assert.Equal(P.String(expected), P.Read(P.Xml(element)));

    [Fact]
    public void Keys_keep_their_text_exactly() =>
        Assert.Equal(P.Dict(("device_registration ", P.String("")), ("", P.String("x"))),
            P.Read(P.Xml("<dict><key>device_registration </key><string/><key/><string>x</string></dict>")));

    [Theory]
    [InlineData("1", 1L)]
    [InlineData(" \n 42\t", 42L)]
    [InlineData("+5", 5L)]
    [InlineData("-7", -7L)]
    [InlineData("007", 7L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0X1f", 31L)]
    [InlineData("-0x10", -16L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("0x7FFFFFFFFFFFFFFF", long.MaxValue)]
    [InlineData("-0x8000000000000000", long.MinValue)]
    public void Integers_in_decimal_or_hexadecimal_read_as_longs(string text, long expected) =>
        Assert.Equal(P.Integer(expected), P.Read(P.Xml($"<integer>{text}</integer>")));

    [Theory]
    [InlineData("18446744073709551615", "18446744073709551615")]
    [InlineData(" -9223372036854775809 ", "-9223372036854775809")]
    [InlineData("0xFFFFFFFFFFFFFFFF", "0xFFFFFFFFFFFFFFFF")]
    [InlineData("0x8000000000000000", "0x8000000000000000")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    public void Integers_beyond_a_long_keep_their_trimmed_text(string text, string expected)
    {
        var integer = Assert.IsType<PlistInteger>(P.Read(P.Xml($"<integer>{text}</integer>")));
        Assert.Null(integer.Value);
        Assert.Equal(expected, integer.Text);
    }

    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData(" -1.25e10 ", -1.25e10)]
    [InlineData("3", 3.0)]
    [InlineData("+.5", 0.5)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("+Infinity", double.PositiveInfinity)]
    [InlineData("-INF", double.NegativeInfinity)]
    [InlineData("NaN", double.NaN)]
    public void Reals_read_as_doubles(string text, double expected) =>
        Assert.Equal(new PlistReal(expected), P.Read(P.Xml($"<real>{text}</real>")));

    [Fact]
    public void Booleans_dates_and_data_read_as_such()
    {
        var root = P.Read(P.Xml("""
            <array>
                <true/><false></false><true> </true>
                <date>2024-05-06T07:08:09Z</date>
                <data>
                    AAH+
                    /w==
                </data>
                <data/>
            </array>
            """));
        Assert.Equal(
            P.Array(
                new PlistBoolean(true), new PlistBoolean(false), new PlistBoolean(true),
                new PlistDate(new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc)),
                new PlistData([0x00, 0x01, 0xFE, 0xFF]),
                new PlistData([])),
            root);
    }

    [Theory]
    [InlineData("<integer>abc</integer>", "line 1, position 23: <integer> holds \"abc\", which is not an integer")]
    [InlineData("<integer/>", "line 1, position 23: <integer> holds \"\", which is not an integer")]
    [InlineData("<integer>1.5</integer>", "line 1, position 23: <integer> holds \"1.5\", which is not an integer")]
    [InlineData("<integer>--1</integer>", "line 1, position 23: <integer> holds \"--1\", which is not an integer")]
    [InlineData("<integer>0x</integer>", "line 1, position 23: <integer> holds \"0x\", which is not an integer")]
    [InlineData("<integer>1 000</integer>", "line 1, position 23: <integer> holds \"1 000\", which is not an integer")]
    [InlineData("<real>1,5</real>", "line 1, position 23: <real> holds \"1,5\", which is not a number")]
    [InlineData("<real>+-1</real>", "line 1, position 23: <real> holds \"+-1\", which is not a number")]
    [InlineData("<date>2024-05-06</date>", "line 1, position 23: <date> holds \"2024-05-06\", which is not a date of the form 2001-01-01T00:00:00Z")]
    [InlineData("<data>AAH</data>", "line 1, position 23: <data> holds \"AAH\", which is not base64")]
    [InlineData("<true>yes</true>", "line 1, position 23: <true/> holds text; it must be empty")]
    [InlineData("<string>a<b/></string>", "line 1, position 32: <string> holds the element <b>; it may only hold text")]
    [InlineData("<dict><string>a</string></dict>", "line 1, position 29: <dict> holds <string> where a <key> should be")]
    [InlineData("<dict><key>a</key></dict>", "line 1, position 29: the key \"a\" has no value")]
    [InlineData("<dict>text</dict>", "line 1, position 28: <dict> holds the text \"text\" outside any element")]
    [InlineData("<array><key>a</key></array>", "line 1, position 30: <key> is outside a <dict>")]
    [InlineData("<array><integer>1</integer><object/></array>", "line 1, position 50: <object> is not a property list element")]
    [InlineData("<array><plist/></array>", "line 1, position 30: <plist> is not a property list element")]
    [InlineData("", "line 1, position 2: <plist> holds no value")]
    [InlineData(" ", "line 1, position 2: <plist> holds no value")]
    [InlineData("<true/><false/>", "line 1, position 30: <plist> holds more than one value")]
    public void Malformed_values_give_an_error_that_says_what_and_where(string value, string error) =>
        Assert.Equal(error, P.Error(P.Xml(value)));

    [Fact]
    public void An_empty_plist_element_holds_no_value() =>
        Assert.Equal("line 1, position 2: <plist> holds no value", P.Error("<plist/>"));

    [Theory]
    [InlineData("<plist><dict>", "the XML cannot be read: Unexpected end of file has occurred. The following elements are not closed: dict, plist. Line 1, position 14.")]
    [InlineData("<plist><true/></plist><plist/>", "the XML cannot be read: There are multiple root elements. Line 1, position 24.")]
    [InlineData("<plist><string>a</plist>", "the XML cannot be read: The 'string' start tag on line 1 position 9 does not match the end tag of 'plist'. Line 1, position 19.")]
    [InlineData("<?xml version=\"1.0\"?>", "the XML cannot be read: Root element is missing.")]
    public void XML_that_is_not_well_formed_gives_the_XML_reader_s_error_and_position(string xml, string error) =>
        Assert.Equal(error, P.Error(xml));

    [Fact]
    public void Arrays_and_dictionaries_may_nest_64_deep_but_no_deeper()
    {
        string Nested(int depth) => string.Concat(Enumerable.Repeat("<array>", depth - 1)) + "<dict/>" + string.Concat(Enumerable.Repeat("</array>", depth - 1));
        Assert.IsType<PlistArray>(P.Read(P.Xml(Nested(64))));
        Assert.Equal($"line 1, position {21 + (64 * 7) + 2}: dictionaries and arrays nest more than 64 deep", P.Error(P.Xml(Nested(65))));
    }
}
