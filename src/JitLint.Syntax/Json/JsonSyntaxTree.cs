using JitLint.Syntax.Text;

namespace JitLint.Syntax.Json;

/// <summary>A parsed file: the root value, or the first syntax error (JSON has no error recovery worth having).</summary>
public sealed class JsonSyntaxTree
{
    internal JsonSyntaxTree(SourceText text, JsonNodeSyntax? root, JsonSyntaxError? error)
    {
        Text = text;
        Root = root;
        Error = error;
    }

    public SourceText Text { get; }

    public JsonNodeSyntax? Root { get; }

    public JsonSyntaxError? Error { get; }

    public static JsonSyntaxTree Parse(SourceText text, JsonParserOptions? options = null) =>
        JsonParser.Parse(text, options ?? JsonParserOptions.Default);
}

/// <summary>Why parsing stopped: the text is not JSON, or it is but exceeds a limit set to protect the process.</summary>
public enum JsonSyntaxErrorKind
{
    Syntax,
    DepthLimit,
    StringLengthLimit,
}

/// <param name="Message">The reader's explanation (without its own zero-based position suffix), or the limit hit.</param>
/// <param name="Span">The character at which the reader stopped (empty at the end of the text).</param>
public sealed record JsonSyntaxError(string Message, TextSpan Span, JsonSyntaxErrorKind Kind = JsonSyntaxErrorKind.Syntax);

/// <param name="MaxDepth">Nesting beyond this is reported, not parsed: deep nesting is a classic way to exhaust a parser.</param>
/// <param name="MaxStringLength">A string or property name longer than this many UTF-8 bytes is reported, not parsed.</param>
public sealed record JsonParserOptions(int MaxDepth, int MaxStringLength)
{
    /// <summary>Graph settings-catalog exports nest far deeper than System.Text.Json's default of 64; base64 payloads run to megabytes.</summary>
    public static JsonParserOptions Default { get; } = new(MaxDepth: 1000, MaxStringLength: 16 * 1024 * 1024);
}
