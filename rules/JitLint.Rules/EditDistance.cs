namespace JitLint.Rules;

/// <summary>Levenshtein distance, to tell a near miss ("did you mean") from an unrelated value.</summary>
internal static class EditDistance
{
    /// <summary>The fewest single-character insertions, deletions and substitutions that turn one string into the other.</summary>
    public static int Between(string a, string b)
    {
        // Two rows of the classic table are enough: each row only reads the one before it.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The distance when letter case does not count.</summary>
    public static int BetweenIgnoringCase(string a, string b) =>
        Between(a.ToUpperInvariant(), b.ToUpperInvariant());
}
