using JitLint.Syntax.Text;

namespace JitLint.Core.Rules;

/// <summary>Replace the bytes of <paramref name="Span"/> with <paramref name="NewText"/>.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);
