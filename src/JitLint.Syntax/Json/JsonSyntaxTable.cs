using System.Text;
using JitLint.Syntax.Text;

namespace JitLint.Syntax.Json;

/// <summary>
/// A parsed file as one flat table: a row per value and per property name, in source order, each subtree's rows
/// following its container's. Nodes are made from it when first asked for (a property when it is looked up, every
/// property of an object or item of an array when they are listed), so that the parts of an export no rule reads
/// cost 16 bytes a token instead of a node each.
/// </summary>
internal sealed class JsonSyntaxTable(SourceText text, JsonSyntaxTable.Row[] rows, Dictionary<int, string>? escaped)
{
    public SourceText Text { get; } = text;

    public int Count => rows.Length;

    /// <summary>The node for the value in <paramref name="row"/>; containers start with their children unmade.</summary>
    public JsonNodeSyntax CreateNode(int row)
    {
        var span = Span(row);
        return rows[row].Kind switch
        {
            JsonSyntaxKind.Object => new JsonObjectSyntax(span, this, row),
            JsonSyntaxKind.Array => new JsonArraySyntax(span, this, row),
            JsonSyntaxKind.String => escaped?.GetValueOrDefault(row) is { } value ? new JsonStringSyntax(span, value) : new JsonStringSyntax(span, Text),
            JsonSyntaxKind.Number => new JsonNumberSyntax(span, Text),
            var literal => new JsonLiteralSyntax(span, literal),
        };
    }

    /// <summary>The property whose name is in <paramref name="row"/>, made now, with <paramref name="owner"/> as its parent.</summary>
    public JsonPropertySyntax CreateProperty(int row, JsonObjectSyntax owner) =>
        new(escaped?.GetValueOrDefault(row) ?? StringCache.Get(NameBytes(row)), Span(row), CreateNode(row + 1)) { Parent = owner };

    /// <summary>The first property of the object in <paramref name="row"/> with this name: its index and its row, or -1.</summary>
    public (int Index, int Row) FindProperty(int row, string name)
    {
        var text = Text.Utf8.Span;
        var asciiLength = Ascii.IsValid(name) ? name.Length + 2 : -1;
        var end = rows[row].Next;
        for (int child = row + 1, index = 0; child < end; child = rows[child].Next, index++)
        {
            if (escaped is not null && escaped.TryGetValue(child, out var decoded) ? decoded == name : NameIs(text, rows[child], name, asciiLength))
            {
                return (index, child);
            }
        }

        return (-1, -1);
    }

    /// <summary>The rows of a container's children: a property's row is its name's, spanning its value's rows too.</summary>
    public IEnumerable<int> Children(int row)
    {
        for (var child = row + 1; child < rows[row].Next; child = rows[child].Next)
        {
            yield return child;
        }
    }

    /// <summary>As many as <see cref="Children"/> lists, counted without an enumerator: asked for each object a rule reads.</summary>
    public int ChildCount(int row)
    {
        var count = 0;
        for (var child = row + 1; child < rows[row].Next; child = rows[child].Next)
        {
            count++;
        }

        return count;
    }

    /// <summary>The items of the array in <paramref name="row"/>, made now, with <paramref name="owner"/> as their parent.</summary>
    public JsonNodeSyntax[] CreateItems(int row, JsonArraySyntax owner)
    {
        var items = new JsonNodeSyntax[ChildCount(row)];
        var index = 0;
        foreach (var child in Children(row))
        {
            var item = CreateNode(child);
            item.Parent = owner;
            item.IndexInArray = index;
            items[index++] = item;
        }

        return items;
    }

    /// <summary>Compares an unescaped name token with a name, in place: an ASCII name needs a token of as many bytes.</summary>
    private static bool NameIs(ReadOnlySpan<byte> text, in Row token, string name, int asciiLength) =>
        asciiLength >= 0
            ? token.Length == asciiLength && Ascii.Equals(text.Slice(token.Start + 1, name.Length), name)
            : StringCache.Get(text.Slice(token.Start + 1, token.Length - 2)) == name;

    private TextSpan Span(int row) => new(rows[row].Start, rows[row].Length);

    private ReadOnlySpan<byte> NameBytes(int row) => Text.Utf8.Span.Slice(rows[row].Start + 1, rows[row].Length - 2);

    /// <param name="Start">The token's first byte; for a container, its opening bracket.</param>
    /// <param name="Length">The token's bytes, quotes included; for a container, up to its closing bracket.</param>
    /// <param name="Next">The row after this one's subtree: for a property name, after its value's.</param>
    /// <param name="Kind">The value's kind; <see cref="JsonSyntaxKind.Property"/> for a property name.</param>
    internal record struct Row(int Start, int Length, int Next, JsonSyntaxKind Kind);
}
