using JitLint.Core.Model;

namespace JitLint.Core.Tests;

public sealed class InvisibleTextTests
{
    [Theory]
    [InlineData("key", null)]
    [InlineData("two words", null)]
    [InlineData("", null)]
    [InlineData("key ", "a trailing space (U+0020)")]
    [InlineData("\tkey", "a leading tab (U+0009)")]
    [InlineData("key\u00A0", "a trailing no-break space (U+00A0)")]
    [InlineData("k\u200Cey", "a zero-width non-joiner (U+200C)")]
    [InlineData("\uFEFFkey", "a leading zero-width no-break space (U+FEFF)")]
    [InlineData("key\u2003", "a trailing white space character (U+2003)")]
    public void Problems_name_the_character_and_where_it_is(string text, string? description) =>
        Assert.Equal(description, InvisibleText.FindProblem(text)?.Describe());

    [Theory]
    [InlineData(" \u200Bkey\u2060 \r\n", "key")]
    [InlineData("k\u200Dey", "key")]
    [InlineData("two words", "two words")]
    public void Clean_trims_and_removes_invisible_characters(string text, string expected) =>
        Assert.Equal(expected, InvisibleText.Clean(text));

    [Fact]
    public void Reveal_escapes_what_a_reader_cannot_see_but_keeps_plain_spaces() =>
        Assert.Equal("a b\\u00A0c\\u200B\\u0009", InvisibleText.Reveal("a b\u00A0c\u200B\t"));

    [Fact]
    public void Reveal_cuts_long_values_and_counts_the_rest() =>
        Assert.Equal(new string('a', 120) + "... (5 more characters)", InvisibleText.Reveal(new string('a', 125)));

    [Theory]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIB...")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc")]
    [InlineData("Zm9vYmFyMTIzNDU2Nzg5MEFCQ0RFRkdISUpLTE1OT1BRUlNUVVY=")]
    public void Reveal_hides_values_that_look_like_secrets(string secret) =>
        Assert.Equal($"[{secret.Length} characters that look like a secret or a certificate, not shown]", InvisibleText.Reveal(secret));

    [Theory]
    [InlineData("com.contoso.fieldservice.enterprise.mobile.application")]
    [InlineData("disable_explicit_native_app_prompt_and_autologin")]
    public void Reveal_shows_long_ordinary_values(string value) => Assert.Equal(value, InvisibleText.Reveal(value));
}
