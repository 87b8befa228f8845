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

/// <param name="Message">The reader's explanation, without its own zero-based position suffix.</param>
/// <param name="Span">The character at which the reader stopped (empty at the end of the text).</param>
public sealed record JsonSyntaxError(string Message, TextSpan Span);

public sealed record JsonParserOptions(int MaxDepth)
{
    /// <summary>Graph settings-catalog exports nest far deeper than System.Text.Json's default of 64.</summary>
    public static JsonParserOptions Default { get; } = new(MaxDepth: 1000);
}
