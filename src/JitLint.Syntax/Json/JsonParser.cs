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
        while (reader.Read())
        {
            if (LimitError(ref reader, builder.Depth, options) is { } limit)
            {
                return new JsonSyntaxTree(text, null, limit);
            }

            var start = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    builder.Open(start, JsonSyntaxKind.Object);
                    break;
                case JsonTokenType.StartArray:
                    builder.Open(start, JsonSyntaxKind.Array);
                    break;
                case JsonTokenType.PropertyName:
                    // The name token is the raw bytes plus two quotes (BytesConsumed already includes the colon).
                    builder.AddName(start, reader.ValueSpan.Length + 2, reader.ValueIsEscaped ? reader.GetString() : null);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    builder.Close((int)reader.BytesConsumed);
                    break;
                case JsonTokenType.String:
                    // Escaped strings are decoded now, so that an invalid escape is a syntax error and not a rule's crash.
                    builder.AddValue(start, (int)reader.BytesConsumed, JsonSyntaxKind.String, reader.ValueIsEscaped ? reader.GetString() : null);
                    break;
                case JsonTokenType.Number:
                    builder.AddValue(start, (int)reader.BytesConsumed, JsonSyntaxKind.Number);
                    break;
                case JsonTokenType.True:
                    builder.AddValue(start, (int)reader.BytesConsumed, JsonSyntaxKind.True);
                    break;
                case JsonTokenType.False:
                    builder.AddValue(start, (int)reader.BytesConsumed, JsonSyntaxKind.False);
                    break;
                case JsonTokenType.Null:
                    builder.AddValue(start, (int)reader.BytesConsumed, JsonSyntaxKind.Null);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected token {reader.TokenType}.");
            }
        }

        var table = builder.ToTable(text);
        return new JsonSyntaxTree(text, table.Count > 0 ? table.CreateNode(0) : throw new InvalidOperationException("The reader ended without a value."), null);
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
    /// The rows of one parse and the containers still open in it. Each thread keeps one, so that its buffers grow
    /// once per run rather than once per file; a parse's table is one exact-sized copy of its rows.
    /// </summary>
    private sealed class TreeBuilder
    {
        private const int InitialRows = 1024;

        /// <summary>Rows a thread keeps between parses (16 MB): a buffer grown for one huge file is let go.</summary>
        private const int RetainedRows = 1 << 20;

        [ThreadStatic]
        private static TreeBuilder? cached;

        private Frame[] open = new Frame[64];
        private JsonSyntaxTable.Row[] rows = new JsonSyntaxTable.Row[InitialRows];
        private int depth;
        private int count;
        private Dictionary<int, string>? escaped;

        /// <summary>How many containers are open.</summary>
        public int Depth => depth;

        public static TreeBuilder ForThisThread() => cached ??= new TreeBuilder();

        /// <summary>Empties the builder and keeps its buffers' capacity for the next parse.</summary>
        public void Reset()
        {
            depth = 0;
            count = 0;
            escaped = null;
            if (rows.Length > RetainedRows)
            {
                rows = new JsonSyntaxTable.Row[InitialRows];
            }
        }

        public void Open(int start, JsonSyntaxKind kind)
        {
            if (depth == open.Length)
            {
                Array.Resize(ref open, open.Length * 2);
            }

            open[depth++] = new Frame(count, -1);
            Append(new JsonSyntaxTable.Row(start, 0, 0, kind), null);
        }

        /// <summary>A property's row is its name's; its Next is set when its value ends.</summary>
        public void AddName(int start, int length, string? decoded)
        {
            open[depth - 1].Name = count;
            Append(new JsonSyntaxTable.Row(start, length, 0, JsonSyntaxKind.Property), decoded);
        }

        public void AddValue(int start, int end, JsonSyntaxKind kind, string? decoded = null)
        {
            Append(new JsonSyntaxTable.Row(start, end - start, count + 1, kind), decoded);
            EndValue();
        }

        public void Close(int end)
        {
            ref var container = ref rows[open[--depth].Container];
            container.Length = end - container.Start;
            container.Next = count;
            EndValue();
        }

        public JsonSyntaxTable ToTable(SourceText text) => new(text, rows.AsSpan(0, count).ToArray(), escaped);

        /// <summary>A value inside an object ends its property: the name's row spans the value's rows too.</summary>
        private void EndValue()
        {
            if (depth > 0 && open[depth - 1].Name >= 0)
            {
                rows[open[depth - 1].Name].Next = count;
            }
        }

        private void Append(JsonSyntaxTable.Row row, string? decoded)
        {
            if (count == rows.Length)
            {
                Array.Resize(ref rows, rows.Length * 2);
            }

            if (decoded is not null)
            {
                (escaped ??= [])[count] = decoded;
            }

            rows[count++] = row;
        }

        /// <param name="Container">The open container's row.</param>
        /// <param name="Name">In an object, the row of the property whose value comes next; -1 before the first.</param>
        private record struct Frame(int Container, int Name);
    }
}
