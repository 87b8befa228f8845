using JitLint.Core.Model;
using JitLint.Syntax.Text;

namespace JitLint.Core.Rules;

/// <summary>An exact place in a file: the byte span and its line/column form, computed while the text is at hand.</summary>
public sealed record Location(SourceFile File, TextSpan Span, LinePositionSpan LineSpan)
{
    public static Location Create(SourceFile file, TextSpan span) =>
        new(file, span, file.Text?.GetLinePositionSpan(span) ?? default);

    /// <summary>
    /// The same place, holding a copy of the file's text only up to the end of the span's last line: enough for the
    /// line map and a report's excerpt, so that what the tenant model keeps does not keep every file's text alive.
    /// </summary>
    internal static Location CreateDetached(SourceFile file, TextSpan span)
    {
        if (file.Text is not { } text)
        {
            return Create(file, span);
        }

        var lineBreak = text.Utf8.Span[span.End..].IndexOfAny((byte)'\r', (byte)'\n');
        var end = lineBreak < 0 ? text.Length : span.End + lineBreak;
        return Create(file with { Text = SourceText.FromUtf8(text.Utf8[..end].ToArray(), text.Encoding) }, span);
    }

    /// <summary>The start of a file whose text could not be decoded, or a position found while decoding it.</summary>
    public static Location AtPosition(SourceFile file, LinePosition position) =>
        new(file, default, new LinePositionSpan(position, position));
}
