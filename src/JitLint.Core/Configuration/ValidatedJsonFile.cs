using System.Text.Json;
using Json.Schema;
using JitLint.Core.Model;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Core.Configuration;

/// <summary>
/// A JSON file a user wrote for JitLint (jitlint.json, a rule file), read and checked against its schema, so that
/// every such file fails the same way: each error as "path(line,col): pointer: message", ready to print.
/// </summary>
internal sealed record ValidatedJsonFile(SourceFile? File, JsonNodeSyntax? Root, IReadOnlyList<string> Errors)
{
    /// <param name="subject">How an error about the whole file names it ("the configuration").</param>
    public static ValidatedJsonFile Read(string fullPath, string displayPath, JsonSchema schema, string subject)
    {
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed($"{displayPath}: {exception.Message}");
        }

        var decoded = SourceText.Decode(bytes);
        if (decoded.Error is { } decodeError)
        {
            return Failed($"{displayPath}{decodeError.Position}: the file cannot be read as JSON: {decodeError.Message}");
        }

        var text = decoded.Text!;
        var tree = JsonSyntaxTree.Parse(text);
        if (tree.Error is { } syntaxError)
        {
            return Failed($"{displayPath}{text.GetLinePosition(syntaxError.Span.Start)}: {syntaxError.Message}");
        }

        var file = new SourceFile(fullPath, displayPath, text);
        return new ValidatedJsonFile(file, tree.Root, Validate(schema, file, tree.Root!, subject));
    }

    /// <summary>An error at a node of the file, in the same form as the schema's errors.</summary>
    public string ErrorAt(JsonNodeSyntax node, string message) =>
        $"{File!.DisplayPath}{File.Text!.GetLinePosition(StartOf(node))}: {(node.Pointer.Length == 0 ? "" : node.Pointer + ": ")}{message}";

    /// <summary>A schema shipped inside the tool (the same file as in the repository's schemas folder).</summary>
    public static JsonSchema LoadEmbeddedSchema(string name)
    {
        using var stream = typeof(ValidatedJsonFile).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }

    private static ValidatedJsonFile Failed(string error) => new(null, null, [error]);

    private static List<string> Validate(JsonSchema schema, SourceFile file, JsonNodeSyntax root, string subject)
    {
        using var document = JsonDocument.Parse(file.Text!.Utf8);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Values.Select(error => (Pointer: detail.InstanceLocation.ToString(), Error: error)))
            .Distinct()
            .Select(error => (Node: JsonPointer.ResolveClosest(root, error.Pointer), error.Pointer, error.Error))
            .OrderBy(error => error.Node.Span.Start)
            .Select(error => $"{file.DisplayPath}{file.Text.GetLinePosition(StartOf(error.Node))}: {(error.Pointer.Length == 0 ? subject + ":" : error.Pointer + ":")} {error.Error}")];
    }

    private static int StartOf(JsonNodeSyntax node) => node is JsonPropertySyntax property ? property.NameSpan.Start : node.Span.Start;
}
