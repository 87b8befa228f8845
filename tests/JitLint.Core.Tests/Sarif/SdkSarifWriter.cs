using JitLint.Core.Engine;
using JitLint.Core.Reporting;
using JitLint.Core.Rules;
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;
using SarifBaselineState = Microsoft.CodeAnalysis.Sarif.BaselineState;
using SarifLocation = Microsoft.CodeAnalysis.Sarif.Location;

namespace JitLint.Core.Tests.Sarif;

/// <summary>
/// The log <see cref="SarifReporter"/> writes, built as the SARIF SDK's object model and serialised by the SDK with
/// Newtonsoft.Json: the reference the reporter's bytes are held to. It was the reporter until the reporter wrote the
/// same bytes directly, without the SDK's object model and Newtonsoft's first use of its types.
/// </summary>
internal static class SdkSarifWriter
{
    private const string SourceRootId = SarifReporter.SourceRootId;
    private const string FingerprintKey = SarifReporter.FingerprintKey;
    private static readonly Uri InformationUri = new("https://github.com/jitlint/jitlint");

    /// <summary>Newtonsoft.Json's reading of the SDK's types: a cache, thread-safe, shared by every serialiser.</summary>
    private static readonly ExplicitLevelContractResolver Contracts = new();

    /// <param name="includeSuppressed">
    /// Emit suppressed findings with SARIF suppressions. Off by default: GitHub code scanning ignores SARIF
    /// suppressions and would show them as open alerts.
    /// </param>
    /// <param name="category">
    /// The run's category for GitHub code scanning (run.automationDetails.id is the category and a slash), so
    /// that analyses of different folders or configurations do not replace each other's alerts.
    /// </param>
    public static void Write(LintResult result, ReportContext context, Stream output, bool includeSuppressed = false, string? category = null)
    {
        var run = CreateRun(result, context, includeSuppressed);
        if (category is not null)
        {
            // GitHub reads everything up to the last slash as the category; codeql-action appends the slash too.
            run.AutomationDetails = new RunAutomationDetails { Id = category.EndsWith('/') ? category : category + "/" };
        }

        var log = new SarifLog
        {
            Version = SarifVersion.Current,
            SchemaUri = new Uri("https://json.schemastore.org/sarif-2.1.0.json"),
            Runs = [run],
        };
        var settings = Settings(Formatting.Indented);
        settings.Converters.Add(new SerializedResultConverter(SerializeInParallel(run.Results)));
        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        JsonSerializer.Create(settings).Serialize(writer, log);
        writer.WriteLine();
    }

    /// <summary>
    /// Serialises each result on its own, across the cores: on a large export, results are most of the log. Each one
    /// is written as one line, so that a baseline kept in a repository changes by whole lines in a diff.
    /// </summary>
    private static Dictionary<Result, string> SerializeInParallel(IList<Result> results)
    {
        var texts = new string[results.Count];
        Parallel.For(
            0,
            results.Count,
            () => (Serializer: JsonSerializer.Create(Settings(Formatting.None)), Text: new StringWriter(System.Globalization.CultureInfo.InvariantCulture)),
            (index, _, worker) =>
            {
                worker.Text.GetStringBuilder().Clear();
                worker.Serializer.Serialize(worker.Text, results[index]);
                texts[index] = worker.Text.ToString();
                return worker;
            },
            worker => worker.Text.Dispose());
        var byResult = new Dictionary<Result, string>(results.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < texts.Length; i++)
        {
            byResult[results[i]] = texts[i];
        }

        return byResult;
    }

    private static JsonSerializerSettings Settings(Formatting formatting) => new() { Formatting = formatting, ContractResolver = Contracts };

    private static Run CreateRun(LintResult result, ReportContext context, bool includeSuppressed)
    {
        var references = RuleReferences(context);
        return new Run
        {
            Tool = new Tool
            {
                Driver = new ToolComponent
                {
                    Name = "JitLint",
                    SemanticVersion = context.ToolVersion,
                    InformationUri = InformationUri,
                    Rules = [.. context.Rules.Select(rule => CreateRule(rule, context.Documentation(rule.Id)))],
                },
                Extensions = context.Extensions.Count == 0
                    ? null
                    : [.. context.Extensions.Select(extension => new ToolComponent
                    {
                        Name = extension.Name,
                        SemanticVersion = extension.Version,
                        Rules = [.. extension.Rules.Select(rule => CreateRule(rule, context.Documentation(rule.Id)))],
                    })],
            },
            OriginalUriBaseIds = new Dictionary<string, ArtifactLocation>
            {
                [SourceRootId] = new() { Uri = new Uri(EnsureTrailingSeparator(context.RootDirectory)) },
            },
            ColumnKind = ColumnKind.Utf16CodeUnits,
            Results =
            [
                .. CreateResults([.. result.Findings.Where(finding => includeSuppressed || !finding.IsSuppressed)], references),
                .. (result.AbsentFromBaseline ?? []).Select(absent => AbsentResult(absent, references)),
            ],
        };
    }

    /// <summary>The findings' results, in order, made across the cores like the files they came from.</summary>
    private static Result[] CreateResults(Finding[] findings, Dictionary<string, RuleReference> references)
    {
        var results = new Result[findings.Length];
        Parallel.For(0, findings.Length, index => results[index] = CreateResult(findings[index], references[findings[index].Rule.Id]));
        return results;
    }

    /// <summary>
    /// Where each rule's metadata is: its index in the driver's rules, or, for a plug-in rule, in its extension's
    /// rules together with a toolComponent reference to that extension (SARIF 2.1.0 section 3.52).
    /// </summary>
    private static Dictionary<string, RuleReference> RuleReferences(ReportContext context)
    {
        var references = context.Rules.Select((rule, index) => (rule.Id, Reference: new RuleReference(index, null)))
            .Concat(context.Extensions.SelectMany((extension, extensionIndex) => extension.Rules.Select((rule, index) =>
                (rule.Id, Reference: new RuleReference(index, new ToolComponentReference { Index = extensionIndex, Name = extension.Name })))));
        return references.ToDictionary(pair => pair.Id, pair => pair.Reference, StringComparer.Ordinal);
    }

    private static ReportingDescriptor CreateRule(RuleDescriptor rule, string? documentation)
    {
        var descriptor = new ReportingDescriptor
        {
            Id = rule.Id,
            Name = rule.Name,
            ShortDescription = new MultiformatMessageString { Text = EscapeBraces(rule.Title) },
            FullDescription = new MultiformatMessageString { Text = EscapeBraces(rule.Description) },
            Help = new MultiformatMessageString
            {
                Text = EscapeBraces(rule.HelpUri is null ? rule.Description : $"{rule.Description} See {rule.HelpUri}"),
                Markdown = EscapeBraces(documentation ?? (rule.HelpUri is null ? rule.Description : $"{rule.Description}\n\nSee [{rule.Id}]({rule.HelpUri}).")),
            },
            HelpUri = rule.HelpUri,
            DefaultConfiguration = new ReportingConfiguration { Level = ToLevel(rule.DefaultSeverity) },
        };
        descriptor.SetProperty("tags", rule.Tags.Prepend(rule.Category.DisplayName()).ToArray());
        descriptor.SetProperty("precision", "very-high");
        descriptor.SetProperty("problem.severity", rule.DefaultSeverity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "recommendation",
        });
        return descriptor;
    }

    private static Result CreateResult(Finding finding, RuleReference reference)
    {
        var artifact = ArtifactLocationOf(finding);
        return new Result
        {
            RuleId = finding.Rule.Id,
            RuleIndex = reference.Extension is null ? reference.Index : -1,
            Rule = RuleOf(reference),
            Level = ToLevel(finding.Severity),
            Message = new Message { Text = EscapeBraces(finding.Message) },
            Locations = [new SarifLocation { PhysicalLocation = new PhysicalLocation { ArtifactLocation = artifact, Region = RegionOf(finding.Location.LineSpan) } }],
            PartialFingerprints = new Dictionary<string, string> { [FingerprintKey] = finding.Fingerprint },
            Fixes = finding.Fix is { } fix && finding.Location.File.Text is { } text ? [CreateFix(fix, artifact, text)] : null,
            Suppressions = finding.SuppressionJustification is { } justification
                ? [new Suppression { Kind = SuppressionKind.External, Justification = justification }]
                : null,
            BaselineState = finding.BaselineState switch
            {
                Rules.BaselineState.New => SarifBaselineState.New,
                Rules.BaselineState.Unchanged => SarifBaselineState.Unchanged,
                _ => SarifBaselineState.None,
            },
        };
    }

    private static Result AbsentResult(BaselineResult absent, Dictionary<string, RuleReference> references)
    {
        var result = JsonConvert.DeserializeObject<Result>(absent.SarifJson)!;
        result.BaselineState = SarifBaselineState.Absent;
        // The rule may have moved (or gone) since the baseline was written: point at where it is in this run.
        var reference = references.GetValueOrDefault(absent.RuleId);
        result.RuleIndex = reference is { Extension: null } ? reference.Index : -1;
        result.Rule = reference is null ? null : RuleOf(reference);
        return result;
    }

    /// <summary>
    /// A plug-in rule's place in its extension. Without an ID of its own: the SDK then drops result.ruleId, which
    /// GitHub code scanning and baselines read; with ruleId present, ruleIndex would be redundant and is left out.
    /// </summary>
    private static ReportingDescriptorReference? RuleOf(RuleReference reference) =>
        reference.Extension is null ? null : new ReportingDescriptorReference { Index = reference.Index, ToolComponent = reference.Extension };

    private static Microsoft.CodeAnalysis.Sarif.Fix CreateFix(Rules.Fix fix, ArtifactLocation artifact, Syntax.Text.SourceText text) => new()
    {
        Description = new Message { Text = EscapeBraces(fix.Title) },
        ArtifactChanges =
        [
            new ArtifactChange
            {
                ArtifactLocation = artifact,
                Replacements = [.. fix.Edits.Select(edit => new Replacement
                {
                    DeletedRegion = RegionOf(text.GetLinePositionSpan(edit.Span)),
                    InsertedContent = new ArtifactContent { Text = edit.NewText },
                })],
            },
        ],
    };

    private static ArtifactLocation ArtifactLocationOf(Finding finding)
    {
        var path = finding.Location.File.DisplayPath;
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return new ArtifactLocation { Uri = new Uri(escaped, UriKind.Relative), UriBaseId = SourceRootId };
    }

    private static Region RegionOf(Syntax.Text.LinePositionSpan span) => new()
    {
        StartLine = span.Start.Line + 1,
        StartColumn = span.Start.Character + 1,
        EndLine = span.End.Line + 1,
        EndColumn = span.End.Character + 1,
    };

    // SARIF 2.1.0 section 3.11.5: message strings may hold {0}-style placeholders, so literal braces (as in
    // the {{DEVICEREGISTRATION}} token) are written doubled; viewers that follow the standard show them once.
    private static string EscapeBraces(string text) =>
        text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    private static FailureLevel ToLevel(Severity severity) => severity switch
    {
        Severity.Error => FailureLevel.Error,
        Severity.Warning => FailureLevel.Warning,
        _ => FailureLevel.Note,
    };

    private static string EnsureTrailingSeparator(string directory) =>
        directory.EndsWith(Path.DirectorySeparatorChar) ? directory : directory + Path.DirectorySeparatorChar;

    /// <param name="Extension">Null for the driver's rules.</param>
    private sealed record RuleReference(int Index, ToolComponentReference? Extension);

    /// <summary>Writes each result as the text <see cref="SerializeInParallel"/> made of it.</summary>
    private sealed class SerializedResultConverter(Dictionary<Result, string> texts) : JsonConverter<Result>
    {
        public override bool CanRead => false;

        public override void WriteJson(JsonWriter writer, Result? value, JsonSerializer serializer) => writer.WriteRawValue(texts[value!]);

        public override Result ReadJson(JsonReader reader, Type objectType, Result? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            throw new NotSupportedException();
    }

    /// <summary>
    /// The SDK omits a level equal to SARIF's default ("warning"), and with it a rule's whole defaultConfiguration.
    /// A consumer then takes a result's level from its rule, which is wrong for a warning of an error rule, and
    /// GitHub shows a rule without a stated level. Always write both.
    /// </summary>
    private sealed class ExplicitLevelContractResolver : Newtonsoft.Json.Serialization.DefaultContractResolver
    {
        protected override Newtonsoft.Json.Serialization.JsonProperty CreateProperty(System.Reflection.MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (property.PropertyName is "level" or "defaultConfiguration")
            {
                property.DefaultValueHandling = DefaultValueHandling.Include;
                property.ShouldSerialize = null;
            }

            return property;
        }
    }
}
