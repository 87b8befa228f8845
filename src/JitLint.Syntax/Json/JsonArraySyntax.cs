using JitLint.Syntax.Text;

namespace JitLint.Syntax.Json;

public sealed class JsonArraySyntax : JsonNodeSyntax
{
    internal JsonArraySyntax(TextSpan span, JsonNodeSyntax[] items)
        : base(span)
    {
        Items = items;
        for (var i = 0; i < items.Length; i++)
        {
            items[i].Parent = this;
            items[i].IndexInArray = i;
        }
    }

    public override JsonSyntaxKind Kind => JsonSyntaxKind.Array;

    public IReadOnlyList<JsonNodeSyntax> Items { get; }
}
