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
        catch (InvalidOperationException) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            // The reader validates escapes only when a string is decoded: "\ud800" without its low half throws here.
            var start = (int)reader.TokenStartIndex;
            return new JsonSyntaxTree(text, null, new JsonSyntaxError("The string holds a \\u escape of half a UTF-16 surrogate pair without its other half.", new TextSpan(start, 1)));
        }
    }

    private static JsonSyntaxTree Build(SourceText text, ref Utf8JsonReader reader, JsonParserOptions options)
    {
        var builder = TreeBuilder.ForThisThread();
        try
        {
            return Build(text, ref reader, options, builder);
        }
        finally
        {
            // A parse that stopped at an error leaves open containers behind: the next parse on this thread starts
            // clean, and the thread does not keep this file's nodes alive.
            builder.Reset();
        }
    }

    private static JsonSyntaxTree Build(SourceText text, ref Utf8JsonReader reader, JsonParserOptions options, TreeBuilder builder)
    {
        JsonNodeSyntax? root = null;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            if (LimitError(ref reader, builder.Depth, options) is { } limit)
            {
                return new JsonSyntaxTree(text, null, limit);
            }

            JsonNodeSyntax? completed = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    builder.Open(start, reader.TokenType == JsonTokenType.StartObject);
                    continue;
                case JsonTokenType.PropertyName:
                    // BytesConsumed already includes the colon; the name token is the raw bytes plus two quotes.
                    builder.SetPendingName(ReadString(ref reader), new TextSpan(start, reader.ValueSpan.Length + 2));
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    completed = builder.Close((int)reader.BytesConsumed);
                    break;
                case JsonTokenType.String:
                    completed = reader.ValueIsEscaped
                        ? new JsonStringSyntax(TokenSpan(ref reader), reader.GetString()!)
                        : new JsonStringSyntax(TokenSpan(ref reader), text);
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

            if (builder.IsEmpty)
            {
                root = completed;
            }
            else
            {
                builder.Add(completed);
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

    /// <summary>Property names repeat across an export; unescaped ones come from <see cref="StringCache"/>.</summary>
    private static string ReadString(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? reader.GetString()! : StringCache.Get(reader.ValueSpan);

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

    /// <summary>
    /// The open containers of one parse and their children so far, on two shared stacks, so that a container costs
    /// only its final array: no per-container lists to grow and copy. Each thread keeps one, so that the stacks
    /// grow once per run rather than once per file.
    /// </summary>
    private sealed class TreeBuilder
    {
        [ThreadStatic]
        private static TreeBuilder? cached;

        private readonly Stack<Frame> frames = new();
        private readonly List<JsonNodeSyntax> items = [];
        private readonly List<JsonPropertySyntax> properties = [];
        private Frame current;

        public bool IsEmpty => current.Depth == 0;

        public static TreeBuilder ForThisThread() => cached ??= new TreeBuilder();

        /// <summary>Empties the stacks and keeps their capacity for the next parse.</summary>
        public void Reset()
        {
            frames.Clear();
            items.Clear();
            properties.Clear();
            current = default;
        }

        /// <summary>How many containers are open.</summary>
        public int Depth => current.Depth;

        public void Open(int start, bool isObject)
        {
            if (current.Depth > 0)
            {
                frames.Push(current);
            }

            current = new Frame(start, isObject, isObject ? properties.Count : items.Count, current.Depth + 1);
        }

        public void SetPendingName(string name, TextSpan span)
        {
            current.PendingName = name;
            current.PendingNameSpan = span;
        }

        public void Add(JsonNodeSyntax value)
        {
            if (current.IsObject)
            {
                properties.Add(new JsonPropertySyntax(current.PendingName!, current.PendingNameSpan, value));
            }
            else
            {
                items.Add(value);
            }
        }

        public JsonNodeSyntax Close(int end)
        {
            var span = TextSpan.FromBounds(current.Start, end);
            JsonNodeSyntax node = current.IsObject
                ? new JsonObjectSyntax(span, Pop(properties, current.Base))
                : new JsonArraySyntax(span, Pop(items, current.Base));
            current = frames.Count > 0 ? frames.Pop() : default;
            return node;
        }

        private static T[] Pop<T>(List<T> stack, int start)
        {
            var count = stack.Count - start;
            if (count == 0)
            {
                return [];
            }

            var children = new T[count];
            stack.CopyTo(start, children, 0, count);
            stack.RemoveRange(start, count);
            return children;
        }

        private struct Frame(int start, bool isObject, int @base, int depth)
        {
            public readonly int Start = start;
            public readonly bool IsObject = isObject;

            /// <summary>Where this container's children start on their stack.</summary>
            public readonly int Base = @base;

            /// <summary>1 for the outermost container; 0 for none.</summary>
            public readonly int Depth = depth;
            public string? PendingName;
            public TextSpan PendingNameSpan;
        }
    }
}
