using System.Globalization;
using System.Text.Json;
using Json.Schema;
using JitLint.Core.Engine;
using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Core.Configuration;

/// <summary>Finds and reads jitlint.json, validated against the published schema; errors carry file, line and column.</summary>
public static class ConfigurationLoader
{
    private static readonly JsonSchema Schema = LoadSchema();

    /// <summary>jitlint.json in the folder or its nearest parent that has one; null when none has.</summary>
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, LintConfiguration.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <param name="fullPath">The configuration file.</param>
    /// <param name="rootDirectory">What report paths are relative to.</param>
    public static ConfigurationResult Load(string fullPath, string rootDirectory)
    {
        var displayPath = Path.GetRelativePath(rootDirectory, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ConfigurationResult.Failed($"{displayPath}: {exception.Message}");
        }

        var decoded = SourceText.Decode(bytes);
        if (decoded.Error is { } decodeError)
        {
            return ConfigurationResult.Failed($"{displayPath}{decodeError.Position}: the file cannot be read as JSON: {decodeError.Message}");
        }

        var text = decoded.Text!;
        var tree = JsonSyntaxTree.Parse(text);
        if (tree.Error is { } syntaxError)
        {
            return ConfigurationResult.Failed($"{displayPath}{text.GetLinePosition(syntaxError.Span.Start)}: {syntaxError.Message}");
        }

        var schemaErrors = Validate(text, tree.Root!, displayPath);
        if (schemaErrors.Count > 0)
        {
            return new ConfigurationResult(null, schemaErrors);
        }

        var file = new SourceFile(fullPath, displayPath, text);
        return new ConfigurationResult(Read(file, (JsonObjectSyntax)tree.Root!), []);
    }

    private static List<string> Validate(SourceText text, JsonNodeSyntax root, string displayPath)
    {
        using var document = JsonDocument.Parse(text.Utf8);
        var results = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
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
            .Select(error => $"{displayPath}{text.GetLinePosition(StartOf(error.Node))}: {Describe(error.Pointer)} {error.Error}")];
    }

    private static string Describe(string pointer) => pointer.Length == 0 ? "the configuration:" : $"{pointer}:";

    private static int StartOf(JsonNodeSyntax node) => node is JsonPropertySyntax property ? property.NameSpan.Start : node.Span.Start;

    private static LintConfiguration Read(SourceFile file, JsonObjectSyntax root) => new(
        file,
        Path.GetDirectoryName(file.FullPath)!,
        ReadRules(file, root.GetValue("rules") as JsonObjectSyntax),
        Strings(root.GetValue("include")) is { Count: > 0 } include ? include : LintConfiguration.DefaultInclude,
        Strings(root.GetValue("exclude")),
        root.GetString("failOn"),
        [.. (root.GetValue("suppressions") as JsonArraySyntax)?.Items.OfType<JsonObjectSyntax>().Select(entry => ReadSuppression(file, entry)) ?? []],
        ReadLimits(root.GetValue("limits") as JsonObjectSyntax));

    private static LintLimits ReadLimits(JsonObjectSyntax? limits)
    {
        var defaults = LintLimits.Default;
        long? Number(string name) => (limits?.GetValue(name) as JsonNumberSyntax)?.TryGetInt64(out var value) == true ? value : null;
        return new LintLimits(
            Number("maxFileBytes") ?? defaults.MaxFileBytes,
            new JsonParserOptions(
                (int?)Number("maxDepth") ?? defaults.Parser.MaxDepth,
                (int?)Number("maxStringLength") ?? defaults.Parser.MaxStringLength),
            Number("ruleTimeoutSeconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.RuleTimeBudget);
    }

    private static List<RuleSetting> ReadRules(SourceFile file, JsonObjectSyntax? rules) =>
        rules?.Properties.Select(rule => new RuleSetting(
            rule.Name,
            ParseSeverity(((JsonStringSyntax)rule.Value).Value),
            Location.Create(file, rule.NameSpan),
            rule.Pointer)).ToList() ?? [];

    private static SuppressionEntry ReadSuppression(SourceFile file, JsonObjectSyntax entry) => new(
        entry.GetString("rule")!,
        entry.GetString("files")!,
        entry.GetString("pointer"),
        entry.GetString("displayName"),
        entry.GetString("justification")!,
        entry.GetString("expires") is { } expires ? DateOnly.ParseExact(expires, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Location.Create(file, entry.OpenBraceSpan),
        entry.Pointer);

    private static List<string> Strings(JsonNodeSyntax? array) =>
        (array as JsonArraySyntax)?.Items.OfType<JsonStringSyntax>().Select(item => item.Value).ToList() ?? [];

    private static Severity? ParseSeverity(string value) => value switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "note" => Severity.Note,
        _ => null,
    };

    private static JsonSchema LoadSchema()
    {
        using var stream = typeof(ConfigurationLoader).Assembly.GetManifestResourceStream("jitlint.schema.json")!;
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}

/// <param name="Errors">Each as "path(line,col): message", ready to print.</param>
public sealed record ConfigurationResult(LintConfiguration? Configuration, IReadOnlyList<string> Errors)
{
    public static ConfigurationResult Failed(string error) => new(null, [error]);
}
