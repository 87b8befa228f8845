using System.Text;
using JitLint.Syntax.Text;

namespace JitLint.Syntax.Json;

/// <summary>A node of the positioned JSON tree: its exact span in the source, its parent and its JSON Pointer.</summary>
/// <remarks>
/// An export has millions of nodes, so the pointer is computed when asked for (for the few nodes that findings are
/// about), not stored in each.
/// </remarks>
public abstract class JsonNodeSyntax
{
    protected JsonNodeSyntax(TextSpan span) => Span = span;

    public abstract JsonSyntaxKind Kind { get; }

    /// <summary>The node's bytes in <see cref="SourceText.Utf8"/>; for a property, from its name to the end of its value.</summary>
    public TextSpan Span { get; }

    /// <summary>The containing property (for a property's value), array, or object (for a property).</summary>
    public JsonNodeSyntax? Parent { get; internal set; }

    /// <summary>This node's index in its parent array, or -1.</summary>
    public int IndexInArray { get; internal set; } = -1;

    /// <summary>The RFC 6901 pointer of the JSON value this node is (a property shares its value's pointer).</summary>
    public string Pointer => ComputePointer();

    /// <summary>
    /// Places a node decoded from inside <paramref name="host"/> (such as a value in a base64 payload) at the host:
    /// same parent and pointer, so that findings about it point at the string the user wrote.
    /// </summary>
    public static T EmbedIn<T>(T node, JsonNodeSyntax host)
        where T : JsonNodeSyntax
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(host);
        node.Parent = host.Parent;
        node.IndexInArray = host.IndexInArray;
        return node;
    }

    public IEnumerable<JsonNodeSyntax> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    private string ComputePointer() => Parent switch
    {
        null => string.Empty,
        JsonPropertySyntax property => property.Pointer,
        JsonArraySyntax array => $"{array.Pointer}/{IndexInArray}",
        JsonObjectSyntax obj when this is JsonPropertySyntax self => $"{obj.Pointer}/{EscapePointerToken(self.Name)}",
        _ => throw new InvalidOperationException($"A {Kind} node cannot be a child of {Parent.Kind}."),
    };

    private static string EscapePointerToken(string token) =>
        token.AsSpan().IndexOfAny('~', '/') < 0
            ? token
            : new StringBuilder(token).Replace("~", "~0").Replace("/", "~1").ToString();
}
