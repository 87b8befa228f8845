namespace JitLint.Core.Reporting.Readiness;

/// <summary>The checklist as terminal text: the status first, so a reader can scan down one column.</summary>
public static class ReadinessConsoleWriter
{
    public static void Write(IReadOnlyList<ReadinessLine> lines, TextWriter output)
    {
        output.WriteLine("JIT readiness:");
        foreach (var line in lines)
        {
            output.WriteLine($"  {Label(line.Status),-13}  {line.Prerequisite.Title}: {line.Reason}.");
        }

        output.WriteLine(Summary(lines));
    }

    /// <summary>One sentence, like the findings summary, so that the end of a log answers "are we ready?".</summary>
    public static string Summary(IReadOnlyList<ReadinessLine> lines) =>
        $"JIT readiness: {Count(lines, ReadinessStatus.Pass)} passed, {Count(lines, ReadinessStatus.Fail)} failed, {Count(lines, ReadinessStatus.NotCheckable)} not checkable.";

    private static string Label(ReadinessStatus status) => status switch
    {
        ReadinessStatus.Pass => "PASS",
        ReadinessStatus.Fail => "FAIL",
        _ => "NOT CHECKABLE",
    };

    private static int Count(IReadOnlyList<ReadinessLine> lines, ReadinessStatus status) => lines.Count(line => line.Status == status);
}
