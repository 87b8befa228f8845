using System.Runtime.InteropServices;
using JitLint.Core.Rules;

namespace JitLint.Core.Configuration;

/// <summary>
/// The configuration's suppressions against one run's findings, worked out once, so that their cost grows with the
/// findings and not with findings times suppressions. Each finding's path relative to the configuration is computed
/// once; a suppression of one file is found by the file; any other glob is matched once against all the files it is
/// asked about, in one pass of the globbing library. (Asking each suppression about each finding cost a relative
/// path and a glob match per pair: minutes for hundreds of suppressions and thousands of findings.)
/// </summary>
internal sealed class SuppressionIndex
{
    private readonly LintConfiguration configuration;
    private readonly Dictionary<string, string> relativePaths = new(StringComparer.Ordinal);

    /// <summary>Each entry's place in the configuration: the first that holds a finding gives its justification.</summary>
    private readonly Dictionary<SuppressionEntry, int> order = new(ReferenceEqualityComparer.Instance);

    /// <summary>The entries whose glob names one file, by rule and file.</summary>
    private readonly Dictionary<(string RuleId, string File), List<SuppressionEntry>> byFile = [];

    /// <summary>The other entries, by rule, in the configuration's order.</summary>
    private readonly Dictionary<string, List<SuppressionEntry>> byGlob = new(StringComparer.Ordinal);

    /// <summary>For each glob that needs the library, by its text: the files it was matched against, and the answers.</summary>
    private readonly Dictionary<string, Dictionary<string, bool>> answers = new(StringComparer.Ordinal);

    private readonly HashSet<SuppressionEntry> matchingAFinding = new(ReferenceEqualityComparer.Instance);

    public SuppressionIndex(LintConfiguration configuration, IReadOnlyList<Finding> findings)
    {
        this.configuration = configuration;
        foreach (var entry in configuration.Suppressions)
        {
            order[entry] = order.Count;
            if (entry.FilesGlob.LiteralPath is { } file)
            {
                Add(byFile, (entry.RuleId, file), entry);
            }
            else
            {
                Add(byGlob, entry.RuleId, entry);
            }
        }

        var suppressedRules = configuration.Suppressions.Select(entry => entry.RuleId).ToHashSet(StringComparer.Ordinal);
        var located = findings.Where(finding => suppressedRules.Contains(finding.Rule.Id))
            .Select(finding => (Finding: finding, File: RelativePath(finding))).ToList();
        var ofRule = located.ToLookup(finding => finding.Finding.Rule.Id, StringComparer.Ordinal);
        var atFile = located.ToLookup(finding => (finding.Finding.Rule.Id, finding.File));
        foreach (var glob in byGlob.Values.SelectMany(entries => entries).GroupBy(entry => entry.Files, StringComparer.Ordinal))
        {
            // Each glob once, against the files of the findings of every rule it is written for.
            Answer(glob.First(), glob.Select(entry => entry.RuleId).Distinct(StringComparer.Ordinal).SelectMany(rule => ofRule[rule]).Select(finding => finding.File));
        }

        foreach (var entry in configuration.Suppressions)
        {
            var candidates = entry.FilesGlob.LiteralPath is { } file ? atFile[(entry.RuleId, file)] : ofRule[entry.RuleId];
            if (candidates.Any(finding => Holds(entry, finding.Finding, finding.File)))
            {
                matchingAFinding.Add(entry);
            }
        }
    }

    /// <summary>Whether the entry matches a finding of the run, expired or not.</summary>
    public bool MatchesAFinding(SuppressionEntry entry) => matchingAFinding.Contains(entry);

    /// <summary>Whether the entry's glob covers one of <paramref name="files"/> (relative paths): where it could have matched.</summary>
    public bool CoversOneOf(SuppressionEntry entry, IReadOnlyCollection<string> files)
    {
        Answer(entry, files);
        return files.Any(file => Covers(entry, file));
    }

    /// <summary>The justification of the first suppression, in the configuration's order, that holds the finding today.</summary>
    public string? JustificationFor(Finding finding, DateOnly today)
    {
        var file = RelativePath(finding);
        var named = (byFile.GetValueOrDefault((finding.Rule.Id, file)) ?? []).FirstOrDefault(entry => !entry.IsExpired(today) && Holds(entry, finding, file));
        var globbed = (byGlob.GetValueOrDefault(finding.Rule.Id) ?? []).FirstOrDefault(entry => !entry.IsExpired(today) && Holds(entry, finding, file));
        return (named is null || (globbed is not null && order[globbed] < order[named]) ? globbed : named)?.Justification;
    }

    /// <summary>Whether the entry describes the finding in its file, expired or not.</summary>
    private bool Holds(SuppressionEntry entry, Finding finding, string file) => entry.MatchesAnywhere(finding) && Covers(entry, file);

    /// <summary>Matches an entry's glob, when it needs the library, against the files it has not been asked about, in one pass.</summary>
    private void Answer(SuppressionEntry entry, IEnumerable<string> files)
    {
        if (entry.FilesGlob.IsCheap)
        {
            return;
        }

        var known = CollectionsMarshal.GetValueRefOrAddDefault(answers, entry.Files, out _) ??= new(StringComparer.Ordinal);
        var asked = files.Where(file => !known.ContainsKey(file)).ToHashSet(StringComparer.Ordinal);
        var matching = entry.FilesGlob.MatchingAmong(asked);
        foreach (var file in asked)
        {
            known[file] = matching.Contains(file);
        }
    }

    // A file the glob was not matched against (that of a finding about the configuration itself) asks the glob.
    private bool Covers(SuppressionEntry entry, string file) =>
        !entry.FilesGlob.IsCheap && answers.GetValueOrDefault(entry.Files)?.TryGetValue(file, out var covered) == true ? covered : entry.CoversFile(file);

    private static void Add<TKey>(Dictionary<TKey, List<SuppressionEntry>> index, TKey key, SuppressionEntry entry)
        where TKey : notnull =>
        (CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _) ??= []).Add(entry);

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
