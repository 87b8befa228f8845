using System.Buffers;
using JitLint.Core.Engine;
using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Text;

namespace JitLint.Core.Reporting;

/// <summary>
/// SARIF results, each serialised on its own as one line of compact JSON: on a large export results are most of the
/// log, so they are written on every core, and a baseline kept in a repository changes by whole lines in a diff.
/// </summary>
internal static class SarifResults
{
    /// <summary>The findings' results in order, then the baseline's absent ones.</summary>
    public static byte[][] Serialize(Finding[] findings, IReadOnlyList<BaselineResult> absent, Dictionary<string, SarifRuleReference> references)
    {
        var results = new byte[findings.Length + absent.Count][];
        Parallel.For(
            0,
            results.Length,
            () => new ResultWriter(),
            (index, _, worker) =>
            {
                results[index] = index < findings.Length
                    ? worker.Serialize(findings[index], references[findings[index].Rule.Id])
                    : worker.Serialize(absent[index - findings.Length], references.GetValueOrDefault(absent[index - findings.Length].RuleId));
                return worker;
            },
            worker => worker.Dispose());
        return results;
    }

    private static void WriteResult(SarifJsonWriter writer, Finding finding, SarifRuleReference reference, string uri)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.Rule.Id);
        WriteRuleReference(writer, reference);
        writer.WriteString("level", SarifText.Level(finding.Severity));
        writer.WriteMessage("message", SarifText.EscapeBraces(finding.Message));
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifactLocation(writer, uri);
        WriteRegion(writer, "region", finding.Location.LineSpan);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(SarifReporter.FingerprintKey, finding.Fingerprint);
        writer.WriteEndObject();
        if (finding.SuppressionJustification is { } justification)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", "external");
            writer.WriteString("justification", justification);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        if (finding.BaselineState is { } state)
        {
            writer.WriteString("baselineState", state == BaselineState.New ? "new" : "unchanged");
        }

        if (finding.Fix is { } fix && finding.Location.File.Text is { } text)
        {
            WriteFix(writer, fix, uri, text);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// A driver rule by its index; a plug-in rule by its index in its extension and a toolComponent reference, without
    /// a ruleIndex (with ruleId present it would be redundant, and the SDK leaves it out).
    /// </summary>
    private static void WriteRuleReference(SarifJsonWriter writer, SarifRuleReference reference)
    {
        if (reference.ExtensionIndex is not { } extensionIndex)
        {
            writer.WriteNumber("ruleIndex", reference.Index);
            return;
        }

        writer.WriteStartObject("rule");
        writer.WriteNumber("index", reference.Index);
        writer.WriteStartObject("toolComponent");
        writer.WriteStringIfPresent("name", reference.ExtensionName);
        writer.WriteNumber("index", extensionIndex);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteFix(SarifJsonWriter writer, Fix fix, string uri, SourceText text)
    {
        writer.WriteStartArray("fixes");
        writer.WriteStartObject();
        writer.WriteMessage("description", SarifText.EscapeBraces(fix.Title));
        writer.WriteStartArray("artifactChanges");
        writer.WriteStartObject();
        WriteArtifactLocation(writer, uri);
        writer.WriteStartArray("replacements");
        foreach (var edit in fix.Edits)
        {
            writer.WriteStartObject();
            WriteRegion(writer, "deletedRegion", text.GetLinePositionSpan(edit.Span));
            writer.WriteMessage("insertedContent", edit.NewText);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteArtifactLocation(SarifJsonWriter writer, string uri)
    {
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", uri);
        writer.WriteString("uriBaseId", SarifReporter.SourceRootId);
        writer.WriteEndObject();
    }

    /// <summary>SARIF regions count lines and columns from 1, with an exclusive end column.</summary>
    private static void WriteRegion(SarifJsonWriter writer, string name, LinePositionSpan span)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("startLine", span.Start.Line + 1);
        writer.WriteNumber("startColumn", span.Start.Character + 1);
        writer.WriteNumber("endLine", span.End.Line + 1);
        writer.WriteNumber("endColumn", span.End.Character + 1);
        writer.WriteEndObject();
    }

    /// <summary>One thread's writer and buffer, reused for each result it serialises.</summary>
    private sealed class ResultWriter : IDisposable
    {
        private readonly ArrayBufferWriter<byte> buffer = new(1024);
        private readonly SarifJsonWriter writer;
        private SourceFile? lastFile;
        private string lastUri = string.Empty;

        public ResultWriter() => writer = new SarifJsonWriter(buffer);

        public byte[] Serialize(Finding finding, SarifRuleReference reference)
        {
            Start();
            WriteResult(writer, finding, reference, UriOf(finding.Location.File));
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }

        public byte[] Serialize(BaselineResult absent, SarifRuleReference? reference)
        {
            var ruleReference = reference is null ? [] : RuleReferenceProperties(reference);
            buffer.ResetWrittenCount();
            SarifAbsentResult.Write(absent, ruleReference, buffer);
            return buffer.WrittenSpan.ToArray();
        }

        public void Dispose() => writer.Dispose();

        /// <summary>The properties that place a result's rule, as <see cref="WriteResult"/> writes them, without braces.</summary>
        private byte[] RuleReferenceProperties(SarifRuleReference reference)
        {
            Start();
            writer.WriteStartObject();
            WriteRuleReference(writer, reference);
            writer.WriteEndObject();
            writer.Flush();
            return buffer.WrittenSpan[1..^1].ToArray();
        }

        /// <summary>Findings come sorted by file, so most of a thread's findings are in the file of the one before.</summary>
        private string UriOf(SourceFile file)
        {
            if (!ReferenceEquals(file, lastFile))
            {
                (lastFile, lastUri) = (file, SarifText.RelativeUri(file.DisplayPath));
            }

            return lastUri;
        }

        private void Start()
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
        }
    }
}
