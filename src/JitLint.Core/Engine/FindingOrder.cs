using JitLint.Core.Rules;

namespace JitLint.Core.Engine;

/// <summary>The one order reports list findings in: by file, then position, then rule ID.</summary>
public static class FindingOrder
{
    public static List<Finding> Sort(IEnumerable<Finding> findings)
    {
        var sorted = findings.ToList();
        sorted.Sort(Compare);
        return sorted;
    }

    private static int Compare(Finding x, Finding y)
    {
        var byFile = string.CompareOrdinal(x.Location.File.DisplayPath, y.Location.File.DisplayPath);
        if (byFile != 0)
        {
            return byFile;
        }

        var (a, b) = (x.Location.LineSpan.Start, y.Location.LineSpan.Start);
        var byPosition = a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
        return byPosition != 0 ? byPosition : string.CompareOrdinal(x.Rule.Id, y.Rule.Id);
    }
}
