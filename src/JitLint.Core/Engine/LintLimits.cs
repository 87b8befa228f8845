using JitLint.Syntax.Json;

namespace JitLint.Core.Engine;

/// <summary>
/// How much of one file JitLint agrees to read, so that a hostile or broken file in a pull request cannot
/// exhaust memory or stack. A file over a limit is reported (JIT005) and skipped; every other file is linted.
/// </summary>
/// <param name="MaxFileBytes">Larger files are not read at all.</param>
public sealed record LintLimits(long MaxFileBytes, JsonParserOptions Parser)
{
    public static LintLimits Default { get; } = new(64L * 1024 * 1024, JsonParserOptions.Default);
}
