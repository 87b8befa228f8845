using JitLint.Syntax.Text;

namespace JitLint.Syntax.Json;

public sealed class JsonPropertySyntax : JsonNodeSyntax
{
    internal JsonPropertySyntax(string name, TextSpan nameSpan, JsonNodeSyntax value)
        : base(TextSpan.FromBounds(nameSpan.Start, value.Span.End))
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
        value.Parent = this;
    }

    public override JsonSyntaxKind Kind => JsonSyntaxKind.Property;

    /// <summary>The unescaped name.</summary>
    public string Name { get; }

    /// <summary>The name token with its quotes.</summary>
    public TextSpan NameSpan { get; }

    public JsonNodeSyntax Value { get; }
}
