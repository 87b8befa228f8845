using System.Text.Encodings.Web;
using System.Text.Json;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Core.Rules;

/// <summary>Text edits that change a JSON value while keeping the file's own layout, indentation and newlines.</summary>
public static class JsonEdits
{
    /// <summary>Replaces a string token with another string, JSON-escaped (non-ASCII text as it is).</summary>
    public static TextEdit ReplaceString(JsonStringSyntax node, string newValue) =>
        new(node.Span, Quote(newValue, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));

    /// <summary>Removes an array item with the comma and white space that separate it from its neighbour.</summary>
    public static TextEdit RemoveArrayItem(JsonArraySyntax array, JsonNodeSyntax item)
    {
        var index = item.IndexInArray;
        if (index + 1 < array.Items.Count)
        {
            return new TextEdit(TextSpan.FromBounds(item.Span.Start, array.Items[index + 1].Span.Start), string.Empty);
        }

        return index > 0
            ? new TextEdit(TextSpan.FromBounds(array.Items[index - 1].Span.End, item.Span.End), string.Empty)
            : new TextEdit(TextSpan.FromBounds(array.Span.Start + 1, array.Span.End - 1), string.Empty);
    }

    /// <summary>
    /// Appends an object with these properties (values as JSON text) as the last item, laid out like the item
    /// before it: on its own line with the same indentation, and one property per line when that item has them so.
    /// </summary>
    public static TextEdit AppendObject(SourceText text, JsonArraySyntax array, IReadOnlyList<(string Name, string JsonValue)> properties)
    {
        if (array.Items.Count == 0)
        {
            return new TextEdit(TextSpan.FromBounds(array.Span.Start + 1, array.Span.End - 1), $" {InlineObject(properties, ": ")} ");
        }

        var last = array.Items[^1];
        var indentation = LeadingIndentation(text, last.Span.Start);
        var separator = indentation is null ? ", " : "," + text.NewLine + indentation;
        return new TextEdit(new TextSpan(last.Span.End, 0), separator + ObjectLike(text, last, properties, indentation));
    }

    private static string ObjectLike(SourceText text, JsonNodeSyntax model, IReadOnlyList<(string Name, string JsonValue)> properties, string? indentation)
    {
        if (model is not JsonObjectSyntax { Properties: [var first, ..] } obj || indentation is null)
        {
            return InlineObject(properties, ": ");
        }

        var colon = text.ToString(TextSpan.FromBounds(first.NameSpan.End, first.Value.Span.Start));
        var propertyIndentation = LeadingIndentation(text, first.Span.Start);
        if (propertyIndentation is null || text.GetLinePosition(obj.Span.Start).Line == text.GetLinePosition(obj.Span.End).Line)
        {
            return InlineObject(properties, colon);
        }

        var lines = properties.Select(property => $"{propertyIndentation}{Quote(property.Name)}{colon}{property.JsonValue}");
        return "{" + text.NewLine + string.Join("," + text.NewLine, lines) + text.NewLine + indentation + "}";
    }

    private static string InlineObject(IReadOnlyList<(string Name, string JsonValue)> properties, string colon) =>
        "{ " + string.Join(", ", properties.Select(property => $"{Quote(property.Name)}{colon}{property.JsonValue}")) + " }";

    /// <summary>
    /// A JSON string literal, escaped as JsonSerializer would with this encoder (by default, the default one), without
    /// the serializer's reflection-based start-up.
    /// </summary>
    private static string Quote(string value, JavaScriptEncoder? encoder = null) => $"\"{JsonEncodedText.Encode(value, encoder).Value}\"";

    /// <summary>The white space before a node when it is the first thing on its line, else null.</summary>
    private static string? LeadingIndentation(SourceText text, int offset)
    {
        var line = text.GetLineSpan(text.GetLinePosition(offset).Line);
        var before = text.Utf8.Span[line.Start..offset];
        return before.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0 ? System.Text.Encoding.UTF8.GetString(before) : null;
    }
}
