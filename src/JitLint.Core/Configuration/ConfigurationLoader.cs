using System.Globalization;
using Json.Schema;
using JitLint.Core.Engine;
using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Core.Configuration;

/// <summary>Finds and reads jitlint.json, validated against the published schema; errors carry file, line and column.</summary>
public static class ConfigurationLoader
{
    private static readonly JsonSchema Schema = ValidatedJsonFile.LoadEmbeddedSchema("jitlint.schema.json");

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
        var displayPath = PortablePath.Relative(rootDirectory, fullPath);
        var read = ValidatedJsonFile.Read(fullPath, displayPath, Schema, "the configuration");
        return read.Errors.Count > 0
            ? new ConfigurationResult(null, read.Errors)
            : new ConfigurationResult(Read(read.File!, (JsonObjectSyntax)read.Root!), []);
    }

    private static LintConfiguration Read(SourceFile file, JsonObjectSyntax root) => new(
        file,
        Path.GetDirectoryName(file.FullPath)!,
        ReadRules(file, root.GetValue("rules") as JsonObjectSyntax),
        Strings(root.GetValue("include")) is { Count: > 0 } include ? include : LintConfiguration.DefaultInclude,
        Strings(root.GetValue("exclude")),
        root.GetString("failOn"),
        [.. (root.GetValue("suppressions") as JsonArraySyntax)?.Items.OfType<JsonObjectSyntax>().Select(entry => ReadSuppression(file, entry)) ?? []],
        ReadLimits(root.GetValue("limits") as JsonObjectSyntax))
    {
        RuleFolders = ConfiguredPaths(file, root.GetValue("ruleFolders")),
        RulePacks = ConfiguredPaths(file, root.GetValue("rulePacks")),
    };

    /// <summary>Paths relative to the configuration's folder, each with its place in the file for errors about it.</summary>
    private static List<ConfiguredPath> ConfiguredPaths(SourceFile file, JsonNodeSyntax? array) =>
        (array as JsonArraySyntax)?.Items.OfType<JsonStringSyntax>()
            .Select(item => new ConfiguredPath(Path.GetFullPath(item.Value, Path.GetDirectoryName(file.FullPath)!), item.Value, Location.Create(file, item.Span)))
            .ToList() ?? [];

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
}

/// <param name="Errors">Each as "path(line,col): message", ready to print.</param>
public sealed record ConfigurationResult(LintConfiguration? Configuration, IReadOnlyList<string> Errors)
{
    public static ConfigurationResult Failed(string error) => new(null, [error]);
}
