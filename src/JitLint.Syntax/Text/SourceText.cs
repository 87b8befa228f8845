using System.Text;

namespace JitLint.Syntax.Text;

/// <summary>
/// A file's text held as UTF-8 without BOM (the form <c>Utf8JsonReader</c> reads), plus what is needed to
/// write it back as it was: the original encoding and newline style. Spans index the UTF-8 bytes; line and
/// column are computed on demand in UTF-16 code units, as SARIF and editors count them.
/// </summary>
public sealed class SourceText
{
    private int[]? lineStarts;

    private SourceText(ReadOnlyMemory<byte> utf8, TextEncodingKind encoding)
    {
        Utf8 = utf8;
        Encoding = encoding;
        NewLine = DetectNewLine(utf8.Span);
    }

    public ReadOnlyMemory<byte> Utf8 { get; }

    public TextEncodingKind Encoding { get; }

    /// <summary>The first line break in the file ("\n" when there is none), used for inserted lines.</summary>
    public string NewLine { get; }

    public int Length => Utf8.Length;

    public int LineCount => LineStarts.Length;

    private int[] LineStarts => lineStarts ??= ComputeLineStarts(Utf8.Span);

    /// <summary>Text already known to be valid UTF-8, which is not checked again; use <see cref="Decode"/> for a file's bytes.</summary>
    public static SourceText FromUtf8(ReadOnlyMemory<byte> utf8, TextEncodingKind encoding = TextEncodingKind.Utf8) =>
        new(utf8, encoding);

    public static SourceText From(string text) => new(System.Text.Encoding.UTF8.GetBytes(text), TextEncodingKind.Utf8);

    /// <summary>Decodes a file's bytes; see <see cref="TextDecoder"/> for what is accepted.</summary>
    public static DecodeResult Decode(ReadOnlyMemory<byte> bytes) => TextDecoder.Decode(bytes);

    public string ToString(TextSpan span) => System.Text.Encoding.UTF8.GetString(Utf8.Span.Slice(span.Start, span.Length));

    public override string ToString() => System.Text.Encoding.UTF8.GetString(Utf8.Span);

    public LinePosition GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Length);
        var line = GetLineIndex(offset);
        var lineStart = LineStarts[line];
        return new LinePosition(line, Utf16Length(Utf8.Span[lineStart..offset]));
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The bytes of a line without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var start = LineStarts[line];
        var end = line + 1 < LineStarts.Length ? LineStarts[line + 1] : Length;
        var text = Utf8.Span;
        while (end > start && text[end - 1] is (byte)'\n' or (byte)'\r')
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Encodes UTF-8 text in this file's original encoding, with its BOM if it had one.</summary>
    public byte[] EncodeLikeOriginal(ReadOnlySpan<byte> utf8) => Encoding switch
    {
        TextEncodingKind.Utf8 => utf8.ToArray(),
        TextEncodingKind.Utf8Bom => [.. TextDecoder.Utf8Bom, .. utf8],
        TextEncodingKind.Utf16LittleEndianBom => System.Text.Encoding.Unicode.GetPreamble()
            .Concat(System.Text.Encoding.Unicode.GetBytes(System.Text.Encoding.UTF8.GetString(utf8))).ToArray(),
        TextEncodingKind.Utf16BigEndianBom => System.Text.Encoding.BigEndianUnicode.GetPreamble()
            .Concat(System.Text.Encoding.BigEndianUnicode.GetBytes(System.Text.Encoding.UTF8.GetString(utf8))).ToArray(),
        _ => throw new InvalidOperationException($"Unknown encoding {Encoding}."),
    };

    private int GetLineIndex(int offset)
    {
        var index = Array.BinarySearch(LineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static int Utf16Length(ReadOnlySpan<byte> utf8) =>
        Ascii.IsValid(utf8) ? utf8.Length : System.Text.Encoding.UTF8.GetCharCount(utf8);

    // JSON allows CR, LF and CRLF as whitespace; each one ends a line, as editors show it.
    private static int[] ComputeLineStarts(ReadOnlySpan<byte> text)
    {
        // Counting the breaks first (vectorised) sizes the table exactly instead of growing a list per line.
        var starts = new int[1 + text.Count((byte)'\n') + text.Count((byte)'\r') - text.Count("\r\n"u8)];
        var count = 1;
        var position = 0;
        while (position < text.Length)
        {
            var next = text[position..].IndexOfAny((byte)'\r', (byte)'\n');
            if (next < 0)
            {
                break;
            }

            position += next;
            position += text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
            starts[count++] = position;
        }

        return starts;
    }

    private static string DetectNewLine(ReadOnlySpan<byte> text)
    {
        var index = text.IndexOfAny((byte)'\r', (byte)'\n');
        if (index < 0 || text[index] == '\n')
        {
            return "\n";
        }

        return index + 1 < text.Length && text[index + 1] == '\n' ? "\r\n" : "\r";
    }
}
