using System.Text;
using System.Text.Json;
using JitLint.Syntax.Text;

namespace JitLint.Syntax.Json;

/// <summary>
/// Builds the positioned tree from <see cref="Utf8JsonReader"/> tokens, letting System.Text.Json do the
/// grammar, escapes, UTF-8 validation and depth limit. An explicit stack keeps deep nesting off the call stack.
/// </summary>
internal static class JsonParser
{
    public static JsonSyntaxTree Parse(SourceText text, JsonParserOptions options)
    {
        var readerOptions = new JsonReaderOptions
        {
            // One more than the limit, so that the builder's own check reports it with a position and a kind.
            MaxDepth = options.MaxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        };
        var reader = new Utf8JsonReader(text.Utf8.Span, readerOptions);
        try
        {
            return Build(text, ref reader, options);
        }
        catch (JsonException exception)
        {
            return new JsonSyntaxTree(text, null, ToSyntaxError(text, exception));
        }
    }

    private static JsonSyntaxTree Build(SourceText text, ref Utf8JsonReader reader, JsonParserOptions options)
    {
        var stack = new Stack<Container>();
        JsonNodeSyntax? root = null;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            if (LimitError(ref reader, stack.Count, options) is { } limit)
            {
                return new JsonSyntaxTree(text, null, limit);
            }

            JsonNodeSyntax? completed = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    stack.Push(new Container(start, reader.TokenType == JsonTokenType.StartObject));
                    continue;
                case JsonTokenType.PropertyName:
                    // BytesConsumed already includes the colon; the name token is the raw bytes plus two quotes.
                    stack.Peek().SetPendingName(reader.GetString()!, new TextSpan(start, reader.ValueSpan.Length + 2));
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    completed = stack.Pop().Complete((int)reader.BytesConsumed);
                    break;
                case JsonTokenType.String:
                    completed = new JsonStringSyntax(TokenSpan(ref reader), reader.GetString()!);
                    break;
                case JsonTokenType.Number:
                    completed = new JsonNumberSyntax(TokenSpan(ref reader), Encoding.UTF8.GetString(reader.ValueSpan));
                    break;
                case JsonTokenType.True:
                    completed = new JsonLiteralSyntax(TokenSpan(ref reader), JsonSyntaxKind.True);
                    break;
                case JsonTokenType.False:
                    completed = new JsonLiteralSyntax(TokenSpan(ref reader), JsonSyntaxKind.False);
                    break;
                case JsonTokenType.Null:
                    completed = new JsonLiteralSyntax(TokenSpan(ref reader), JsonSyntaxKind.Null);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected token {reader.TokenType}.");
            }

            if (stack.Count == 0)
            {
                root = completed;
            }
            else
            {
                stack.Peek().Add(completed);
            }
        }

        return new JsonSyntaxTree(text, root ?? throw new InvalidOperationException("The reader ended without a value."), null);
    }

    private static JsonSyntaxError? LimitError(ref Utf8JsonReader reader, int depth, JsonParserOptions options)
    {
        var start = (int)reader.TokenStartIndex;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && depth >= options.MaxDepth)
        {
            return new JsonSyntaxError($"it nests deeper than the limit of {options.MaxDepth} levels", new TextSpan(start, 1), JsonSyntaxErrorKind.DepthLimit);
        }

        return reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueSpan.Length > options.MaxStringLength
            ? new JsonSyntaxError(
                $"it holds a string of {reader.ValueSpan.Length:N0} bytes, over the limit of {options.MaxStringLength:N0}",
                new TextSpan(start, 1),
                JsonSyntaxErrorKind.StringLengthLimit)
            : null;
    }

    private static TextSpan TokenSpan(ref Utf8JsonReader reader) =>
        TextSpan.FromBounds((int)reader.TokenStartIndex, (int)reader.BytesConsumed);

    private static JsonSyntaxError ToSyntaxError(SourceText text, JsonException exception)
    {
        var offset = OffsetOf(text.Utf8.Span, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
        var message = StartsComment(text.Utf8.Span[offset..]) ? "JSON does not allow comments." : TrimPositionSuffix(exception.Message);
        return new JsonSyntaxError(message, new TextSpan(offset, CharacterLength(text.Utf8.Span, offset)));
    }

    // The reader counts lines by '\n' only and positions in bytes, both zero-based.
    private static int OffsetOf(ReadOnlySpan<byte> text, long lineNumber, long bytePositionInLine)
    {
        var lineStart = 0;
        for (long line = 0; line < lineNumber; line++)
        {
            var next = text[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + 1;
        }

        return (int)Math.Min(text.Length, lineStart + bytePositionInLine);
    }

    private static int CharacterLength(ReadOnlySpan<byte> text, int offset)
    {
        if (offset >= text.Length)
        {
            return 0;
        }

        var lead = text[offset];
        var length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        return Math.Min(length, text.Length - offset);
    }

    // The reader calls a comment "'/' is invalid after a value", which sends people looking for a stray slash.
    private static bool StartsComment(ReadOnlySpan<byte> text) => text.StartsWith("//"u8) || text.StartsWith("/*"u8);

    private static string TrimPositionSuffix(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return index < 0 ? message : message[..index].TrimEnd();
    }

    private sealed class Container(int start, bool isObject)
    {
        private readonly List<JsonNodeSyntax> items = [];
        private readonly List<JsonPropertySyntax> properties = [];
        private string? pendingName;
        private TextSpan pendingNameSpan;

        public void SetPendingName(string name, TextSpan span)
        {
            pendingName = name;
            pendingNameSpan = span;
        }

        public void Add(JsonNodeSyntax value)
        {
            if (isObject)
            {
                properties.Add(new JsonPropertySyntax(pendingName!, pendingNameSpan, value));
            }
            else
            {
                items.Add(value);
            }
        }

        public JsonNodeSyntax Complete(int end) => isObject
            ? new JsonObjectSyntax(TextSpan.FromBounds(start, end), [.. properties])
            : new JsonArraySyntax(TextSpan.FromBounds(start, end), [.. items]);
    }
}
