using System.Globalization;
using JitLint.Syntax.Text;

namespace JitLint.Syntax.Json;

/// <summary>A string token; <see cref="JsonNodeSyntax.Span"/> includes the quotes.</summary>
public sealed class JsonStringSyntax(TextSpan span, string value) : JsonNodeSyntax(span)
{
    public override JsonSyntaxKind Kind => JsonSyntaxKind.String;

    /// <summary>The unescaped value.</summary>
    public string Value { get; } = value;
}

public sealed class JsonNumberSyntax(TextSpan span, string text) : JsonNodeSyntax(span)
{
    public override JsonSyntaxKind Kind => JsonSyntaxKind.Number;

    /// <summary>The number exactly as written.</summary>
    public string Text { get; } = text;

    public bool TryGetInt64(out long value) =>
        long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}

/// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed class JsonLiteralSyntax(TextSpan span, JsonSyntaxKind kind) : JsonNodeSyntax(span)
{
    public override JsonSyntaxKind Kind { get; } = kind;
}
