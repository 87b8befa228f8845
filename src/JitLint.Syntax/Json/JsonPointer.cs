using System.Globalization;

namespace JitLint.Syntax.Json;

/// <summary>Resolves RFC 6901 pointers against the positioned tree, to put a position on a validator's report.</summary>
public static class JsonPointer
{
    /// <summary>The node at the pointer, or the deepest existing node on its way when the rest does not exist.</summary>
    public static JsonNodeSyntax ResolveClosest(JsonNodeSyntax root, string pointer)
    {
        var node = root;
        foreach (var token in Tokens(pointer))
        {
            JsonNodeSyntax? next = node switch
            {
                JsonObjectSyntax obj => obj.GetProperty(token),
                JsonPropertySyntax { Value: JsonObjectSyntax obj } => obj.GetProperty(token),
                JsonPropertySyntax { Value: JsonArraySyntax array } => Item(array, token),
                JsonArraySyntax array => Item(array, token),
                _ => null,
            };
            if (next is null)
            {
                break;
            }

            node = next;
        }

        return node;
    }

    private static JsonNodeSyntax? Item(JsonArraySyntax array, string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Items.Count
            ? array.Items[index]
            : null;

    private static IEnumerable<string> Tokens(string pointer) =>
        pointer.Length == 0
            ? []
            : pointer[1..].Split('/').Select(token => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
}
