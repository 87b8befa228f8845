using System.Text.Json;
using JitLint.Core.Engine;
using JitLint.Core.Reporting;
using JitLint.Core.Rules;

namespace JitLint.Core.Configuration;

/// <summary>
/// The findings of an earlier run (a SARIF log JitLint wrote), compared by the stable fingerprints, so that
/// a tenant with old debt can adopt the linter: only new findings count.
/// </summary>
public sealed class Baseline
{
    private readonly IReadOnlyList<BaselineResult> results;

    private Baseline(IReadOnlyList<BaselineResult> results) => this.results = results;

    /// <returns>The baseline, or an error message saying what is wrong with the file.</returns>
    public static (Baseline? Baseline, string? Error) Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var results = document.RootElement.GetProperty("runs").EnumerateArray()
                .SelectMany(run => run.TryGetProperty("results", out var list) ? list.EnumerateArray() : default)
                .Where(result => !(result.TryGetProperty("baselineState", out var state) && state.GetString() == "absent"))
                .Select(ReadResult)
                .OfType<BaselineResult>()
                .ToList();
            return (new Baseline(results), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, $"{path}: not a readable SARIF log ({exception.Message})");
        }
    }

    /// <summary>Marks each finding new or unchanged and lists the baseline's results that are gone.</summary>
    public LintResult Apply(LintResult result)
    {
        var baselineFingerprints = results.Select(entry => entry.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var currentFingerprints = result.Findings.Select(finding => finding.Fingerprint).ToHashSet(StringComparer.Ordinal);
        return result with
        {
            Findings = [.. result.Findings.Select(finding => finding with
            {
                BaselineState = baselineFingerprints.Contains(finding.Fingerprint) ? BaselineState.Unchanged : BaselineState.New,
            })],
            AbsentFromBaseline = [.. results.Where(entry => !currentFingerprints.Contains(entry.Fingerprint))],
        };
    }

    private static BaselineResult? ReadResult(JsonElement result) =>
        result.TryGetProperty("partialFingerprints", out var fingerprints)
        && fingerprints.TryGetProperty(SarifReporter.FingerprintKey, out var fingerprint)
            ? new BaselineResult(fingerprint.GetString()!, result.GetProperty("ruleId").GetString()!, result.GetRawText())
            : null;
}
