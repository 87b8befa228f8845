using JitLint.Core.Model;
using JitLint.Syntax.Text;

namespace JitLint.Core.Rules;

/// <summary>An exact place in a file: the byte span and its line/column form, computed while the text is at hand.</summary>
public sealed record Location(SourceFile File, TextSpan Span, LinePositionSpan LineSpan)
{
    public static Location Create(SourceFile file, TextSpan span) =>
        new(file, span, file.Text?.GetLinePositionSpan(span) ?? default);

    /// <summary>The start of a file whose text could not be decoded, or a position found while decoding it.</summary>
    public static Location AtPosition(SourceFile file, LinePosition position) =>
        new(file, default, new LinePositionSpan(position, position));
}
