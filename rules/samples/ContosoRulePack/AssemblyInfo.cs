using JitLint.Core.Rules;

// The rule API this pack was built against: jitlint refuses to load it into an incompatible one.
[assembly: JitLintRuleApi("1.1")]
