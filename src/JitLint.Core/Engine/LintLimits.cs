using JitLint.Syntax.Json;

namespace JitLint.Core.Engine;

/// <summary>
/// How much of one file JitLint agrees to read, so that a hostile or broken file in a pull request cannot
/// exhaust memory or stack. A file over a limit is reported (JIT005) and skipped; every other file is linted.
/// </summary>
/// <param name="MaxFileBytes">Larger files are not read at all.</param>
/// <param name="RuleTimeBudget">How long one rule may take on one document before it is abandoned (JIT003).</param>
public sealed record LintLimits(long MaxFileBytes, JsonParserOptions Parser, TimeSpan RuleTimeBudget)
{
    public static LintLimits Default { get; } = new(64L * 1024 * 1024, JsonParserOptions.Default, TimeSpan.FromSeconds(10));
}
