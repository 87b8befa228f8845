namespace JitLint.Syntax.Text;

/// <summary>A zero-based line and a zero-based column counted in UTF-16 code units.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    /// <summary>One-based, as compilers and SARIF print it.</summary>
    public override string ToString() => $"({Line + 1},{Character + 1})";
}

public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
