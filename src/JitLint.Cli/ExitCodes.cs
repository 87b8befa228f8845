namespace JitLint.Cli;

/// <summary>The process exit codes: a public contract for CI pipelines.</summary>
public static class ExitCodes
{
    /// <summary>No finding at or above the --fail-on level.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above the --fail-on level.</summary>
    public const int FindingsReported = 1;

    /// <summary>The command line was wrong: an unknown option, a path that does not exist, an unknown rule ID.</summary>
    public const int UsageError = 2;

    /// <summary>JitLint itself failed; the message says what happened.</summary>
    public const int InternalError = 3;
}
