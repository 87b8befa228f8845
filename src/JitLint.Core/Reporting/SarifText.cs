using JitLint.Core.Rules;

namespace JitLint.Core.Reporting;

/// <summary>How values read in SARIF: levels, URIs and message strings.</summary>
internal static class SarifText
{
    // SARIF 2.1.0 section 3.11.5: message strings may hold {0}-style placeholders, so literal braces (as in
    // the {{DEVICEREGISTRATION}} token) are written doubled; viewers that follow the standard show them once.
    public static string EscapeBraces(string text) =>
        text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    // SARIF's default level is "warning", which the SDK would leave out; it is written anyway, on results and on
    // rules, so that no consumer takes a warning of an error rule for an error, and GitHub shows each rule's level.
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>GitHub code scanning's severity of a rule (its rule property "problem.severity").</summary>
    public static string ProblemSeverity(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "recommendation",
    };

    /// <summary>A file's display path as a relative URI reference: each segment percent-encoded.</summary>
    public static string RelativeUri(string displayPath) => string.Join('/', displayPath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>As the SDK writes a URI: a file path as an escaped file URI, anything else as given.</summary>
    public static string UriText(Uri uri) =>
        uri.IsAbsoluteUri && uri.IsFile && !uri.OriginalString.StartsWith("file:", StringComparison.Ordinal) ? uri.AbsoluteUri : uri.OriginalString;
}
