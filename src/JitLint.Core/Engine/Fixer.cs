using JitLint.Core.Rules;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Core.Engine;

/// <summary>What fixing one file did.</summary>
/// <param name="Original">The file as read, or null when it could not be read or decoded.</param>
/// <param name="FixedContent">The new bytes in the file's own encoding, or null when nothing changed.</param>
/// <param name="Problem">Why the file was left alone, when it was.</param>
public sealed record FixOutcome(SourceInput Input, SourceText? Original, byte[]? FixedContent, int FixesApplied, string? Problem);

/// <summary>
/// Applies safe fixes ESLint-style: lint, apply the non-overlapping fixes, re-parse and re-lint the result,
/// at most ten passes. A file that does not parse is never touched, and the result keeps the file's encoding.
/// </summary>
public static class Fixer
{
    public const int MaxPasses = 10;

    /// <param name="lint">Lints one file's UTF-8 text with the configuration applied (so rules turned off and suppressed findings fix nothing).</param>
    public static FixOutcome Fix(SourceInput input, Func<SourceInput, LintResult> lint)
    {
        byte[] bytes;
        try
        {
            bytes = input.Content ?? File.ReadAllBytes(input.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new FixOutcome(input, null, null, 0, exception.Message);
        }

        var decoded = SourceText.Decode(bytes);
        if (decoded.Text is not { } original)
        {
            return new FixOutcome(input, null, null, 0, $"the file cannot be read as JSON: {decoded.Error!.Message}");
        }

        if (JsonSyntaxTree.Parse(original).Error is not null)
        {
            return new FixOutcome(input, original, null, 0, "the file does not parse, so it is left as it is");
        }

        var text = original;
        var applied = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var fixes = SafeFixes(lint(input with { Content = text.Utf8.ToArray() }));
            if (fixes.Count == 0)
            {
                break;
            }

            var (fixedText, count) = FixApplier.Apply(text, fixes);
            text = SourceText.FromUtf8(fixedText, original.Encoding);
            if (JsonSyntaxTree.Parse(text).Error is { } error)
            {
                return new FixOutcome(input, original, null, 0, $"a fix produced invalid JSON ({error.Message}), so the file is left as it is");
            }

            applied += count;
        }

        return applied == 0
            ? new FixOutcome(input, original, null, 0, null)
            : new FixOutcome(input, original, original.EncodeLikeOriginal(text.Utf8.Span), applied, null);
    }

    private static List<Fix> SafeFixes(LintResult result) =>
        [.. result.Active.Select(finding => finding.Fix).OfType<Fix>().Where(fix => fix.IsSafe)];
}
