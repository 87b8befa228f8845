using System.Text.Json;
using JitLint.Core.Engine;
using JitLint.Core.Rules;

namespace JitLint.Core.Reporting;

/// <summary>A small, stable JSON form of the findings for scripts that do not want SARIF.</summary>
public static class JsonReporter
{
    public static void Write(LintResult result, ReportContext context, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("tool", "JitLint");
        writer.WriteString("version", context.ToolVersion);
        writer.WriteStartObject("summary");
        writer.WriteNumber("files", result.FileCount);
        writer.WriteNumber("documents", result.DocumentCount);
        writer.WriteNumber("errors", result.Count(Severity.Error));
        writer.WriteNumber("warnings", result.Count(Severity.Warning));
        writer.WriteNumber("notes", result.Count(Severity.Note));
        writer.WriteEndObject();
        writer.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        var span = finding.Location.LineSpan;
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.Rule.Id);
        writer.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
        writer.WriteString("message", finding.Message);
        writer.WriteString("path", finding.Location.File.DisplayPath);
        writer.WriteNumber("startLine", span.Start.Line + 1);
        writer.WriteNumber("startColumn", span.Start.Character + 1);
        writer.WriteNumber("endLine", span.End.Line + 1);
        writer.WriteNumber("endColumn", span.End.Character + 1);
        if (finding.DocumentName is { } name)
        {
            writer.WriteString("object", name);
        }

        writer.WriteString("pointer", finding.Pointer);
        writer.WriteString("fingerprint", finding.Fingerprint);
        if (finding.Fix is { } fix)
        {
            writer.WriteString("fix", fix.Title);
        }

        if (finding.SuppressionJustification is { } justification)
        {
            writer.WriteString("suppressed", justification);
        }

        if (finding.BaselineState is { } state)
        {
            writer.WriteString("baselineState", state.ToString().ToLowerInvariant());
        }

        writer.WriteEndObject();
    }
}
