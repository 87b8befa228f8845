using JitLint.Syntax.Text;

namespace JitLint.Syntax.Json;

public sealed class JsonArraySyntax : JsonNodeSyntax
{
    private readonly JsonSyntaxTable table;
    private readonly int row;
    private JsonNodeSyntax[]? items;

    internal JsonArraySyntax(TextSpan span, JsonSyntaxTable table, int row)
        : base(span)
    {
        this.table = table;
        this.row = row;
    }

    public override JsonSyntaxKind Kind => JsonSyntaxKind.Array;

    /// <summary>Made on first use, once: threads that race for it all get the same nodes.</summary>
    public IReadOnlyList<JsonNodeSyntax> Items =>
        Volatile.Read(ref items) ?? Interlocked.CompareExchange(ref items, table.CreateItems(row, this), null) ?? items!;
}
