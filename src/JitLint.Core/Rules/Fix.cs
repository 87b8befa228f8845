namespace JitLint.Core.Rules;

/// <param name="Title">What the fix does, as a sentence without a period ("Remove the entry").</param>
/// <param name="IsSafe">Safe fixes are applied by <c>jitlint fix</c>; the others are only suggested.</param>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits, bool IsSafe = true);
