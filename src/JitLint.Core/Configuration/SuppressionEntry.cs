using JitLint.Core.Rules;

namespace JitLint.Core.Configuration;

/// <summary>One entry of the configuration's "suppressions": which findings to leave out, and why.</summary>
/// <param name="Pointer">Only the finding at this JSON Pointer inside its object, when given.</param>
/// <param name="DisplayName">Only findings on the object with this display name, when given.</param>
/// <param name="Expires">After this day the finding comes back.</param>
/// <param name="Location">The entry in jitlint.json, where a stale suppression is reported.</param>
public sealed record SuppressionEntry(
    string RuleId,
    string Files,
    string? Pointer,
    string? DisplayName,
    string Justification,
    DateOnly? Expires,
    Location Location,
    string ConfigurationPointer)
{
    public bool CoversFile(string relativePath) => FilesGlob.Matches(relativePath);

    /// <summary>Whether the entry describes the finding, expired or not.</summary>
    public bool Matches(Finding finding, string relativePath) => MatchesAnywhere(finding) && CoversFile(relativePath);

    internal Glob FilesGlob { get; } = new([Files], []);

    /// <summary>Whether the entry describes the finding if it covers the finding's file.</summary>
    internal bool MatchesAnywhere(Finding finding) =>
        finding.Rule.Id == RuleId
        && (Pointer is null || Pointer == finding.Pointer)
        && (DisplayName is null || DisplayName == finding.DocumentName);

    public bool IsExpired(DateOnly today) => Expires is { } expires && today > expires;
}
