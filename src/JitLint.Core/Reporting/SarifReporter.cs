using JitLint.Core.Engine;
using JitLint.Core.Rules;

namespace JitLint.Core.Reporting;

/// <summary>
/// SARIF 2.1.0, shaped for GitHub code scanning: relative percent-encoded URIs under %SRCROOT%, UTF-16 columns,
/// rule help from the docs, and fingerprints that survive edits elsewhere.
/// </summary>
/// <remarks>
/// Written straight from the findings, byte for byte as the SARIF SDK serialises the same log (a test holds the two
/// to the same bytes): building the SDK's object model and serialising it through Newtonsoft.Json cost a large
/// export more than everything else but reading and parsing, most of it Newtonsoft's first use of the SDK's types.
/// </remarks>
public static class SarifReporter
{
    public const string SourceRootId = "%SRCROOT%";
    public const string FingerprintKey = "jitlint/v1";
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string InformationUri = "https://github.com/jitlint/jitlint";

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
        var references = RuleReferences(context);
        var findings = result.Findings.Where(finding => includeSuppressed || !finding.IsSuppressed).ToArray();
        var results = SarifResults.Serialize(findings, result.AbsentFromBaseline ?? [], references);
        using var writer = new SarifJsonWriter(output);
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteTool(writer, context);
        writer.WriteStartObject("originalUriBaseIds");
        writer.WriteStartObject(SourceRootId);
        writer.WriteString("uri", SarifText.UriText(new Uri(EnsureTrailingSeparator(context.RootDirectory))));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("results");
        foreach (var serialized in results)
        {
            writer.WriteResultLine(serialized);
        }

        writer.WriteEndArray();
        if (category is not null)
        {
            // GitHub reads everything up to the last slash as the category; codeql-action appends the slash too.
            writer.WriteStartObject("automationDetails");
            writer.WriteString("id", category.EndsWith('/') ? category : category + "/");
            writer.WriteEndObject();
        }

        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteNewLine();
    }

    /// <summary>
    /// Where each rule's metadata is: its index in the driver's rules, or, for a plug-in rule, in its extension's
    /// rules together with a toolComponent reference to that extension (SARIF 2.1.0 section 3.52).
    /// </summary>
    private static Dictionary<string, SarifRuleReference> RuleReferences(ReportContext context)
    {
        var references = new Dictionary<string, SarifRuleReference>(StringComparer.Ordinal);
        for (var index = 0; index < context.Rules.Count; index++)
        {
            references.Add(context.Rules[index].Id, new SarifRuleReference(index, null, null));
        }

        for (var extensionIndex = 0; extensionIndex < context.Extensions.Count; extensionIndex++)
        {
            var extension = context.Extensions[extensionIndex];
            for (var index = 0; index < extension.Rules.Count; index++)
            {
                references.Add(extension.Rules[index].Id, new SarifRuleReference(index, extensionIndex, extension.Name));
            }
        }

        return references;
    }

    private static void WriteTool(SarifJsonWriter writer, ReportContext context)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "JitLint");
        writer.WriteString("semanticVersion", context.ToolVersion);
        writer.WriteString("informationUri", InformationUri);
        WriteRules(writer, context.Rules, context);
        writer.WriteEndObject();
        if (context.Extensions.Count > 0)
        {
            writer.WriteStartArray("extensions");
            foreach (var extension in context.Extensions)
            {
                writer.WriteStartObject();
                writer.WriteStringUnlessBlank("name", extension.Name);
                writer.WriteStringIfPresent("semanticVersion", extension.Version);
                WriteRules(writer, extension.Rules, context);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>A tool component's rules; the SDK leaves out an empty list, as a rule folder without rules gives.</summary>
    private static void WriteRules(SarifJsonWriter writer, IReadOnlyList<RuleDescriptor> rules, ReportContext context)
    {
        if (rules.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(writer, rule, context.Documentation(rule.Id));
        }

        writer.WriteEndArray();
    }

    private static void WriteRule(SarifJsonWriter writer, RuleDescriptor rule, string? documentation)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", rule.Name);
        var fullDescription = SarifText.EscapeBraces(rule.Description);
        var shortDescription = SarifText.EscapeBraces(rule.Title);
        if (fullDescription.Length > 0)
        {
            writer.WriteStartObject("fullDescription");
            writer.WriteStringUnlessBlank("text", fullDescription);
            writer.WriteEndObject();
        }

        writer.WriteStartObject("help");
        writer.WriteStringUnlessBlank("text", SarifText.EscapeBraces(rule.HelpUri is null ? rule.Description : $"{rule.Description} See {rule.HelpUri}"));
        writer.WriteStringUnlessBlank("markdown", SarifText.EscapeBraces(documentation ?? (rule.HelpUri is null ? rule.Description : $"{rule.Description}\n\nSee [{rule.Id}]({rule.HelpUri}).")));
        writer.WriteEndObject();
        if (!string.Equals(shortDescription.Trim(), fullDescription.Trim(), StringComparison.InvariantCultureIgnoreCase))
        {
            // As the SDK writes it: a short description that only repeats the full one is left out.
            writer.WriteStartObject("shortDescription");
            writer.WriteStringUnlessBlank("text", shortDescription);
            writer.WriteEndObject();
        }

        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", SarifText.Level(rule.DefaultSeverity));
        writer.WriteEndObject();
        if (rule.HelpUri is not null)
        {
            writer.WriteString("helpUri", SarifText.UriText(rule.HelpUri));
        }

        writer.WriteStartObject("properties");
        writer.WriteStringArray("tags", [rule.Category.DisplayName(), .. rule.Tags]);
        writer.WriteString("precision", "very-high");
        writer.WriteString("problem.severity", SarifText.ProblemSeverity(rule.DefaultSeverity));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string EnsureTrailingSeparator(string directory) =>
        directory.EndsWith(Path.DirectorySeparatorChar) ? directory : directory + Path.DirectorySeparatorChar;
}
