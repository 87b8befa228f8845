using System.Text.Json;
using Json.Schema;
using JitLint.Core.Configuration;
using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Core.Plugins;

/// <summary>
/// A rule written as data: the documents of some Graph types (optionally in some files) must satisfy a JSON Schema,
/// and every value that fails it is a finding at that value's position.
/// </summary>
public sealed class DeclarativeRule : DocumentRule
{
    /// <summary>Every kind of document: the rule picks its own by @odata.type, which is finer than a kind.</summary>
    private static readonly IReadOnlyList<PolicyKind> AnyDocument = [.. Enum.GetValues<PolicyKind>().Where(kind => kind != PolicyKind.AssignmentSideFile)];

    private readonly HashSet<string> typeNames;
    private readonly Glob? files;
    private readonly string configurationDirectory;
    private readonly string? pointer;
    private readonly JsonSchema condition;

    // JsonSchema.Net caches what it builds from a schema per options instance, and that cache is not safe to share
    // between threads (json-everything issues 693 and 929): keep one options instance, and evaluate one at a time.
    private readonly EvaluationOptions options = new() { OutputFormat = OutputFormat.Hierarchical };
    private readonly Lock evaluation = new();

    /// <param name="typeNames">Bare Graph type names (iosDeviceFeaturesConfiguration).</param>
    /// <param name="files">A glob relative to <paramref name="configurationDirectory"/>, or null for every file.</param>
    internal DeclarativeRule(RuleDescriptor descriptor, string? help, string sourcePath, IEnumerable<string> typeNames, string? files, string configurationDirectory, string? pointer, JsonSchema condition)
        : base(descriptor with { AppliesTo = AnyDocument })
    {
        Help = help;
        SourcePath = sourcePath;
        this.typeNames = new HashSet<string>(typeNames, StringComparer.OrdinalIgnoreCase);
        this.files = files is null ? null : new Glob([files], []);
        this.configurationDirectory = configurationDirectory;
        this.pointer = pointer;
        this.condition = condition;
    }

    /// <summary>The rule's help as Markdown, when the file gives it.</summary>
    public string? Help { get; }

    /// <summary>The rule file, as reports show paths.</summary>
    public string SourcePath { get; }

    public override IEnumerable<Finding> Analyze(PolicyDocument document)
    {
        if (!AppliesTo(document) || Target(document) is not { } target)
        {
            return [];
        }

        var value = target is JsonPropertySyntax property ? property.Value : target;
        // JsonSchema.Net evaluates a JsonElement, which keeps no positions: parse the value's own bytes, then map
        // each failing instance location back onto the positioned tree.
        using var json = JsonDocument.Parse(document.File.Text!.Utf8[value.Span.Start..value.Span.End]);
        EvaluationResults results;
        lock (evaluation)
        {
            results = condition.Evaluate(json.RootElement, options);
        }

        if (results.IsValid)
        {
            return [];
        }

        return SchemaFailures.Of(results)
            .Select(failure => Failure(document, JsonPointer.ResolveClosest(target, failure.InstanceLocation), failure.Errors))
            .ToList();
    }

    private bool AppliesTo(PolicyDocument document) =>
        document.TypeName is { } type && typeNames.Contains(type)
        && (files is null || files.Matches(PortablePath.Relative(configurationDirectory, document.File.FullPath)));

    /// <summary>The node the condition checks: the document, or the value at the pointer; null when that is absent.</summary>
    private JsonNodeSyntax? Target(PolicyDocument document)
    {
        if (pointer is null)
        {
            return document.Root;
        }

        var node = JsonPointer.ResolveClosest(document.Root, pointer);
        return node.Pointer == document.Root.Pointer + pointer ? node : null;
    }

    private Finding Failure(PolicyDocument document, JsonNodeSyntax node, IReadOnlyList<string> errors)
    {
        var value = node is JsonPropertySyntax property ? property.Value : node;
        var shown = value is JsonStringSyntax text ? text.Value : document.File.Text!.ToString(value.Span);
        return Report(document, node, node.Pointer[document.Root.Pointer.Length..], InvisibleText.Reveal(shown), string.Join(" ", errors.Select(EndWithPeriod)));
    }

    private static string EndWithPeriod(string text) => text.EndsWith('.') ? text : text + ".";
}
