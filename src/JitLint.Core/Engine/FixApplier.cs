using System.Text;
using JitLint.Core.Rules;
using JitLint.Syntax.Text;

namespace JitLint.Core.Engine;

/// <summary>
/// Applies fixes as text edits, ESLint-style: in source order, a fix whose edits overlap an already accepted
/// fix is skipped (a later pass, after re-linting, picks it up again).
/// </summary>
public static class FixApplier
{
    /// <returns>The new UTF-8 text and how many fixes were applied.</returns>
    public static (byte[] Text, int Applied) Apply(SourceText text, IEnumerable<Fix> fixes)
    {
        var accepted = new List<TextEdit>();
        var applied = 0;
        foreach (var fix in fixes.OrderBy(fix => fix.Edits.Min(edit => edit.Span.Start)))
        {
            if (fix.Edits.Any(edit => accepted.Any(other => Overlaps(edit.Span, other.Span))))
            {
                continue;
            }

            accepted.AddRange(fix.Edits);
            applied++;
        }

        return (ApplyEdits(text.Utf8.Span, accepted), applied);
    }

    private static byte[] ApplyEdits(ReadOnlySpan<byte> source, IEnumerable<TextEdit> edits)
    {
        var output = new List<byte>(source.Length + 64);
        var position = 0;
        foreach (var edit in edits.OrderBy(edit => edit.Span.Start))
        {
            output.AddRange(source[position..edit.Span.Start]);
            output.AddRange(Encoding.UTF8.GetBytes(edit.NewText));
            position = edit.Span.End;
        }

        output.AddRange(source[position..]);
        return [.. output];
    }

    // Two insertions at the same point would interleave unpredictably, so touching empty spans overlap too.
    private static bool Overlaps(TextSpan a, TextSpan b) =>
        a.OverlapsWith(b) || (a.Start == b.Start && (a.Length == 0 || b.Length == 0));
}
