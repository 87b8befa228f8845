using System.Globalization;
using JitLint.Syntax.Text;

namespace JitLint.Syntax.Json;

/// <summary>A string token; <see cref="JsonNodeSyntax.Span"/> includes the quotes.</summary>
public sealed class JsonStringSyntax : JsonNodeSyntax
{
    private readonly SourceText? text;
    private string? value;

    public JsonStringSyntax(TextSpan span, string value)
        : base(span) => this.value = value;

    /// <summary>
    /// A token of <paramref name="text"/> without escapes, decoded when first asked for: most never are. (The parser
    /// decodes escaped strings at once, so that an invalid escape is a syntax error and not a rule's crash.)
    /// </summary>
    internal JsonStringSyntax(TextSpan span, SourceText text)
        : base(span) => this.text = text;

    public override JsonSyntaxKind Kind => JsonSyntaxKind.String;

    /// <summary>The unescaped value.</summary>
    public string Value => value ??= StringCache.Get(text!.Utf8.Span.Slice(Span.Start + 1, Span.Length - 2));
}

public sealed class JsonNumberSyntax : JsonNodeSyntax
{
    private readonly SourceText? source;
    private string? text;

    public JsonNumberSyntax(TextSpan span, string text)
        : base(span) => this.text = text;

    /// <summary>A token of <paramref name="source"/>, read as text when first asked for.</summary>
    internal JsonNumberSyntax(TextSpan span, SourceText source)
        : base(span) => this.source = source;

    public override JsonSyntaxKind Kind => JsonSyntaxKind.Number;

    /// <summary>The number exactly as written.</summary>
    public string Text => text ??= StringCache.Get(source!.Utf8.Span.Slice(Span.Start, Span.Length));

    public bool TryGetInt64(out long value) =>
        long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}

/// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed class JsonLiteralSyntax(TextSpan span, JsonSyntaxKind kind) : JsonNodeSyntax(span)
{
    public override JsonSyntaxKind Kind { get; } = kind;
}
