using JitLint.Syntax.Text;

namespace JitLint.Syntax.Json;

/// <summary>An object; duplicate property names are kept in source order so that rules can see them.</summary>
/// <remarks>
/// Its properties are made when first asked for, and <see cref="GetProperty"/> makes only the one it finds: a Graph
/// object has dozens of properties and a rule reads a few. Threads that race to make a property all get the one
/// that was published first, so that a node is the same object for every rule.
/// </remarks>
public sealed class JsonObjectSyntax : JsonNodeSyntax
{
    private readonly JsonSyntaxTable table;
    private readonly int row;
    private JsonPropertySyntax?[]? made;
    private JsonPropertySyntax[]? all;

    internal JsonObjectSyntax(TextSpan span, JsonSyntaxTable table, int row)
        : base(span)
    {
        this.table = table;
        this.row = row;
    }

    public override JsonSyntaxKind Kind => JsonSyntaxKind.Object;

    public IReadOnlyList<JsonPropertySyntax> Properties => Volatile.Read(ref all) ?? MakeAll();

    /// <summary>The opening brace: where a finding about something missing from this object points.</summary>
    public TextSpan OpenBraceSpan => new(Span.Start, 1);

    /// <summary>The first property with this exact name, or null.</summary>
    public JsonPropertySyntax? GetProperty(string name)
    {
        if (Volatile.Read(ref all) is { } properties)
        {
            // Over the array, not the interface: rules ask this millions of times on an export.
            foreach (var property in properties)
            {
                if (property.Name == name)
                {
                    return property;
                }
            }

            return null;
        }

        var (index, child) = table.FindProperty(row, name);
        return index < 0 ? null : Make(Slots, index, child);
    }

    /// <summary>The value of the first property with this exact name, or null when there is none.</summary>
    public JsonNodeSyntax? GetValue(string name) => GetProperty(name)?.Value;

    /// <summary>The string value of the property, or null when it is absent or not a string.</summary>
    public string? GetString(string name) => (GetValue(name) as JsonStringSyntax)?.Value;

    private JsonPropertySyntax[] MakeAll()
    {
        var slots = Slots;
        var index = 0;
        foreach (var child in table.Children(row))
        {
            Make(slots, index++, child);
        }

        // Every slot is filled now: the array of made properties is the whole list.
        Interlocked.CompareExchange<JsonPropertySyntax[]?>(ref all, slots!, null);
        return Volatile.Read(ref all)!;
    }

    private JsonPropertySyntax Make(JsonPropertySyntax?[] slots, int index, int child) =>
        Volatile.Read(ref slots[index])
        ?? Interlocked.CompareExchange(ref slots[index], table.CreateProperty(child, this), null)
        ?? slots[index]!;

    private JsonPropertySyntax?[] Slots =>
        Volatile.Read(ref made) ?? Interlocked.CompareExchange(ref made, new JsonPropertySyntax?[table.ChildCount(row)], null) ?? made!;
}
