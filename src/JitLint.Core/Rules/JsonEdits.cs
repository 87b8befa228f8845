using System.Text.Encodings.Web;
using System.Text.Json;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Core.Rules;

/// <summary>Text edits that change a JSON value while keeping the file's own layout, indentation and newlines.</summary>
public static class JsonEdits
{
    private static readonly JsonSerializerOptions StringOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Replaces a string token with another string, JSON-escaped.</summary>
    public static TextEdit ReplaceString(JsonStringSyntax node, string newValue) =>
        new(node.Span, JsonSerializer.Serialize(newValue, StringOptions));

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
    /// Appends <paramref name="itemJson"/> (one line of JSON) as the last item, on its own line with the previous
    /// item's indentation when the array is laid out one item per line.
    /// </summary>
    public static TextEdit AppendArrayItem(SourceText text, JsonArraySyntax array, string itemJson)
    {
        if (array.Items.Count == 0)
        {
            return new TextEdit(TextSpan.FromBounds(array.Span.Start + 1, array.Span.End - 1), $" {itemJson} ");
        }

        var last = array.Items[^1];
        var indentation = LeadingIndentation(text, last.Span.Start);
        var separator = indentation is null ? ", " : "," + text.NewLine + indentation;
        return new TextEdit(new TextSpan(last.Span.End, 0), separator + itemJson);
    }

    /// <summary>The white space before a node when it is the first thing on its line, else null.</summary>
    private static string? LeadingIndentation(SourceText text, int offset)
    {
        var line = text.GetLineSpan(text.GetLinePosition(offset).Line);
        var before = text.Utf8.Span[line.Start..offset];
        return before.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0 ? System.Text.Encoding.UTF8.GetString(before) : null;
    }
}
