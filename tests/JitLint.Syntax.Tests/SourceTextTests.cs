using System.Text;
using JitLint.Syntax.Text;

namespace JitLint.Syntax.Tests;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\nc", "\n")]
    [InlineData("a\r\nb\r\nc", "\r\n")]
    [InlineData("a\rb\rc", "\r")]
    public void Every_newline_style_ends_a_line(string text, string newLine)
    {
        var source = SourceText.From(text);
        Assert.Equal(3, source.LineCount);
        Assert.Equal(newLine, source.NewLine);
        Assert.Equal(new LinePosition(2, 0), source.GetLinePosition(text.Length - 1));
    }

    [Fact]
    public void Mixed_newlines_each_end_one_line()
    {
        var source = SourceText.From("a\r\n\nb\r");
        Assert.Equal(4, source.LineCount);
        Assert.Equal(new LinePosition(2, 0), source.GetLinePosition(4));
        Assert.Equal(new LinePosition(3, 0), source.GetLinePosition(6));
    }

    [Fact]
    public void A_file_without_line_breaks_inserts_lf()
    {
        Assert.Equal("\n", SourceText.From("{}").NewLine);
    }

    [Fact]
    public void Columns_count_utf16_code_units_not_bytes()
    {
        // "é" is 2 UTF-8 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 units.
        var text = "{\"é😀\": 1}";
        var source = SourceText.From(text);
        var offsetOfOne = Encoding.UTF8.GetByteCount(text[..text.IndexOf('1', StringComparison.Ordinal)]);
        Assert.Equal(new LinePosition(0, 8), source.GetLinePosition(offsetOfOne));
    }

    [Fact]
    public void Line_span_excludes_the_line_break()
    {
        var source = SourceText.From("ab\r\ncd");
        Assert.Equal("ab", source.ToString(source.GetLineSpan(0)));
        Assert.Equal("cd", source.ToString(source.GetLineSpan(1)));
    }

    [Fact]
    public void The_end_of_the_text_has_a_position()
    {
        var source = SourceText.From("{}\n");
        Assert.Equal(new LinePosition(1, 0), source.GetLinePosition(3));
    }
}
