using System.Diagnostics;
using JitLint.Core.Model;
using JitLint.Core.Rules;

namespace JitLint.Core.Engine;

/// <summary>
/// Knows which rule each file is running and since when. .NET cannot stop a thread, so a rule that runs away is
/// abandoned instead: the linter reports it and finishes the run without waiting for it.
/// </summary>
internal sealed class RuleWatchdog(int fileCount, TimeSpan budget)
{
    private readonly RuleRun?[] running = new RuleRun?[fileCount];

    public void Started(int file, Rule rule, PolicyDocument document) =>
        Volatile.Write(ref running[file], new RuleRun(rule, document, Stopwatch.GetTimestamp()));

    public void Finished(int file) => Volatile.Write(ref running[file], null);

    /// <summary>The files whose current rule has run longer than the budget.</summary>
    public IEnumerable<(int File, RuleRun Run)> Overdue()
    {
        for (var file = 0; file < running.Length; file++)
        {
            if (Volatile.Read(ref running[file]) is { } run && Stopwatch.GetElapsedTime(run.StartedAt) > budget)
            {
                yield return (file, run);
            }
        }
    }
}

internal sealed record RuleRun(Rule Rule, PolicyDocument Document, long StartedAt);
