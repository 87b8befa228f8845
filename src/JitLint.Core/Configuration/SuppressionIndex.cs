using JitLint.Core.Rules;

namespace JitLint.Core.Configuration;

/// <summary>
/// The configuration's suppressions against one run's findings, worked out once: each finding's path relative to the
/// configuration, and for each suppression the files it covers among those of its rule's findings, in one pass of
/// the globbing library. Asking each suppression about each finding would cost a glob match and a relative path per
/// pair: minutes for a repository with hundreds of suppressions and thousands of findings.
/// </summary>
internal sealed class SuppressionIndex
{
    private readonly LintConfiguration configuration;
    private readonly Dictionary<string, string> relativePaths = new(StringComparer.Ordinal);

    /// <summary>The rule and file of each finding the index was built from.</summary>
    private readonly HashSet<(string RuleId, string File)> indexed;

    /// <summary>For such a rule and file, the entries that cover the file, in the configuration's order.</summary>
    private readonly Dictionary<(string RuleId, string File), List<SuppressionEntry>> covering = [];

    private readonly HashSet<SuppressionEntry> matchingAFinding = new(ReferenceEqualityComparer.Instance);

    public SuppressionIndex(LintConfiguration configuration, IReadOnlyList<Finding> findings)
    {
        this.configuration = configuration;
        var filesByRule = findings.GroupBy(finding => finding.Rule.Id, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(RelativePath).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        indexed = [.. filesByRule.SelectMany(rule => rule.Value.Select(file => (rule.Key, file)))];
        foreach (var entry in configuration.Suppressions)
        {
            foreach (var file in entry.FilesGlob.MatchingAmong(filesByRule.GetValueOrDefault(entry.RuleId) ?? []))
            {
                (covering.TryGetValue((entry.RuleId, file), out var entries) ? entries : covering[(entry.RuleId, file)] = []).Add(entry);
            }
        }

        foreach (var finding in findings)
        {
            matchingAFinding.UnionWith(EntriesMatching(finding));
        }
    }

    /// <summary>Whether the entry matches a finding of the run, expired or not.</summary>
    public bool MatchesAFinding(SuppressionEntry entry) => matchingAFinding.Contains(entry);

    /// <summary>The justification of the first suppression, in the configuration's order, that holds the finding today.</summary>
    public string? JustificationFor(Finding finding, DateOnly today) =>
        EntriesMatching(finding).FirstOrDefault(entry => !entry.IsExpired(today))?.Justification;

    /// <summary>The entries that describe the finding, in the configuration's order, expired or not.</summary>
    private IEnumerable<SuppressionEntry> EntriesMatching(Finding finding)
    {
        var key = (finding.Rule.Id, RelativePath(finding));
        var candidates = indexed.Contains(key) ? covering.GetValueOrDefault(key) ?? [] : OutsideTheIndex(finding, key.Item2);
        return candidates.Where(entry => entry.MatchesAnywhere(finding));
    }

    // A finding the index was not built from (one about the configuration itself) asks each entry of its rule.
    private List<SuppressionEntry> OutsideTheIndex(Finding finding, string relativePath) =>
        [.. configuration.Suppressions.Where(entry => entry.RuleId == finding.Rule.Id && entry.CoversFile(relativePath))];

    private string RelativePath(Finding finding)
    {
        var fullPath = finding.Location.File.FullPath;
        if (!relativePaths.TryGetValue(fullPath, out var relativePath))
        {
            relativePaths[fullPath] = relativePath = configuration.RelativePath(fullPath);
        }

        return relativePath;
    }
}
