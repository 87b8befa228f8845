using System.Text;
using JitLint.Syntax.Text;

namespace JitLint.Syntax.Tests;

public sealed class TextDecoderTests
{
    private const string Json = "{\"displayName\": \"Café ☕\"}\r\n";

    [Fact]
    public void Utf8_without_bom_is_read_as_is()
    {
        var bytes = Encoding.UTF8.GetBytes(Json);
        var text = Decode(bytes);
        Assert.Equal(TextEncodingKind.Utf8, text.Encoding);
        Assert.Equal(bytes, text.Utf8.ToArray());
    }

    [Theory]
    [InlineData(TextEncodingKind.Utf8Bom)]
    [InlineData(TextEncodingKind.Utf16LittleEndianBom)]
    [InlineData(TextEncodingKind.Utf16BigEndianBom)]
    public void Encodings_with_bom_decode_to_the_same_utf8_and_remember_the_encoding(TextEncodingKind kind)
    {
        var text = Decode(Encode(Json, kind));
        Assert.Equal(kind, text.Encoding);
        Assert.Equal(Json, text.ToString());
    }

    [Theory]
    [InlineData(TextEncodingKind.Utf8)]
    [InlineData(TextEncodingKind.Utf8Bom)]
    [InlineData(TextEncodingKind.Utf16LittleEndianBom)]
    [InlineData(TextEncodingKind.Utf16BigEndianBom)]
    public void Encoding_like_the_original_round_trips_the_bytes(TextEncodingKind kind)
    {
        var original = Encode(Json, kind);
        var text = Decode(original);
        Assert.Equal(original, text.EncodeLikeOriginal(text.Utf8.Span));
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_and_its_position()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"a\": \"x").Concat(new byte[] { 0xC3, 0x28, (byte)'"', (byte)'}' }).ToArray();
        var error = DecodeError(bytes);
        Assert.Equal("byte 0xC3 at byte offset 11 is not valid UTF-8.", error.Message);
        Assert.Equal(new LinePosition(1, 9), error.Position);
    }

    [Fact]
    public void Utf32_is_refused_by_name()
    {
        var error = DecodeError([0xFF, 0xFE, 0x00, 0x00, (byte)'{', 0, 0, 0]);
        Assert.Equal("it is UTF-32, which JitLint does not read; save it as UTF-8.", error.Message);
    }

    [Fact]
    public void Utf16_without_bom_is_recognised_and_refused()
    {
        var error = DecodeError(Encoding.Unicode.GetBytes("{}"));
        Assert.Equal("it looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16 with a BOM.", error.Message);
    }

    [Fact]
    public void Truncated_utf16_is_refused()
    {
        var error = DecodeError([0xFF, 0xFE, (byte)'{', 0, (byte)'}']);
        Assert.Equal("it is UTF-16 LE but has an odd number of bytes, so it is truncated.", error.Message);
    }

    [Fact]
    public void Unpaired_utf16_surrogate_is_located()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'"', 0, 0x00, 0xD8, (byte)'"', 0];
        var error = DecodeError(bytes);
        Assert.Equal("it is UTF-16 LE but holds an unpaired surrogate U+D800 at byte offset 4.", error.Message);
        Assert.Equal(new LinePosition(0, 1), error.Position);
    }

    private static SourceText Decode(byte[] bytes)
    {
        var result = SourceText.Decode(bytes);
        Assert.Null(result.Error);
        return result.Text!;
    }

    private static DecodeError DecodeError(byte[] bytes)
    {
        var result = SourceText.Decode(bytes);
        Assert.Null(result.Text);
        return result.Error!;
    }

    internal static byte[] Encode(string text, TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf8 => Encoding.UTF8.GetBytes(text),
        TextEncodingKind.Utf8Bom => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        TextEncodingKind.Utf16LittleEndianBom => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
    };
}
