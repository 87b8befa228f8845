namespace JitLint.Cli;

/// <summary>
/// "Linting files: 42% (2100/5000)" on one line of a terminal, rewritten in place with a carriage return and
/// cleared at the end. Written only when a whole percent changes, so that a big export costs a hundred writes,
/// not one per file; safe to report to from the linter's parallel workers.
/// </summary>
internal sealed class TerminalProgress(TextWriter terminal, int total) : IProgress<int>, IDisposable
{
    /// <summary>Below this many files a run is quick enough that a progress line would only flicker.</summary>
    public const int MinimumFiles = 200;

    private readonly Lock gate = new();
    private int shownPercent = -1;
    private int longest;

    public void Report(int done)
    {
        var percent = (int)(100L * done / Math.Max(1, total));
        lock (gate)
        {
            if (percent <= shownPercent)
            {
                return;
            }

            shownPercent = percent;
            var line = $"Linting files: {percent}% ({done}/{total})";
            longest = Math.Max(longest, line.Length);
            terminal.Write("\r" + line);
            terminal.Flush();
        }
    }

    /// <summary>Blanks the line, so that what the command prints next starts clean.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (longest > 0)
            {
                terminal.Write("\r" + new string(' ', longest) + "\r");
                terminal.Flush();
            }
        }
    }
}
