using System.Text.Json;
using Json.Schema;
using JitLint.Core.Configuration;
using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Core.Plugins;

/// <summary>
/// Reads the rule files (*.json, one rule each) of the folders jitlint.json names, checked against
/// schemas/jitlint-rule.schema.json; every error carries the rule file, line and column.
/// </summary>
public static class DeclarativeRuleLoader
{
    private static readonly JsonSchema Schema = ValidatedJsonFile.LoadEmbeddedSchema("jitlint-rule.schema.json");

    /// <param name="rootDirectory">What report paths are relative to.</param>
    public static (RuleSource? Source, IReadOnlyList<string> Errors) Load(ConfiguredPath folder, string configurationDirectory, string rootDirectory)
    {
        if (!Directory.Exists(folder.FullPath))
        {
            return (null, [$"{folder.Location.File.DisplayPath}{folder.Location.LineSpan.Start}: the rule folder \"{folder.Written}\" does not exist"]);
        }

        var rules = new List<Rule>();
        var errors = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder.FullPath, "*.json").Order(StringComparer.Ordinal))
        {
            var displayPath = PortablePath.Relative(rootDirectory, path);
            var read = ValidatedJsonFile.Read(path, displayPath, Schema, "the rule");
            if (read.Errors.Count > 0)
            {
                errors.AddRange(read.Errors);
                continue;
            }

            var (rule, error) = Create(read, configurationDirectory);
            rules.AddRange(rule is null ? [] : [rule]);
            errors.AddRange(error is null ? [] : [error]);
        }

        return errors.Count > 0 ? (null, errors) : (new RuleSource(folder.Written, folder.Written, rules), []);
    }

    private static (DeclarativeRule? Rule, string? Error) Create(ValidatedJsonFile read, string configurationDirectory)
    {
        var root = (JsonObjectSyntax)read.Root!;
        // Not in the schema as an anyOf: JsonSchema.Net's list output would also report the branch that failed.
        if (root.GetProperty("helpUri") is null && root.GetProperty("help") is null)
        {
            return (null, read.ErrorAt(root, "the rule needs \"helpUri\", \"help\" or both, so that a finding can say how to fix it"));
        }

        var conditionNode = root.GetValue("condition")!;
        JsonSchema condition;
        try
        {
            condition = JsonSchema.FromText(read.File!.Text!.ToString(conditionNode.Span));
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or FormatException or InvalidOperationException)
        {
            return (null, read.ErrorAt(root.GetProperty("condition")!, $"not a usable JSON Schema: {exception.Message}"));
        }

        var id = root.GetString("id")!;
        var title = root.GetString("title")!;
        var descriptor = new RuleDescriptor(
            id,
            root.GetString("name") ?? id,
            title,
            MessageFormat(root.GetString("message")!),
            root.GetString("description") ?? title,
            RuleCategory.Custom,
            root.GetString("severity") switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                _ => Severity.Note,
            },
            [],
            [])
        {
            HelpUri = root.GetString("helpUri") is { } uri ? new Uri(uri) : null,
        };
        var appliesTo = (JsonObjectSyntax)root.GetValue("appliesTo")!;
        var typeNames = ((JsonArraySyntax)appliesTo.GetValue("odataTypes")!).Items.OfType<JsonStringSyntax>()
            .Select(item => ODataType.GetTypeName(item.Value)!);
        return (new DeclarativeRule(descriptor, root.GetString("help"), read.File.DisplayPath, typeNames, appliesTo.GetString("files"), configurationDirectory, root.GetString("pointer"), condition), null);
    }

    /// <summary>The message as a composite format: the named placeholders become arguments, every other brace is literal.</summary>
    private static string MessageFormat(string message) =>
        message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)
            .Replace("{{pointer}}", "{0}", StringComparison.Ordinal)
            .Replace("{{value}}", "{1}", StringComparison.Ordinal)
            .Replace("{{error}}", "{2}", StringComparison.Ordinal);
}
