namespace JitLint.Core.Rules;

/// <summary>Ordered so that a higher value is more severe.</summary>
public enum Severity
{
    Note = 1,
    Warning = 2,
    Error = 3,
}
