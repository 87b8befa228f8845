using System.Text;
using JitLint.Core.Engine;
using JitLint.Core.Rules;
using JitLint.Syntax.Text;
using Xunit;

namespace JitLint.Testing;

/// <summary>Runs one rule through the real linter on inline JSON and compares exact spans and fixes.</summary>
public static class RuleVerifier
{
    private const string TestPath = "test.json";

    /// <summary>Asserts that the findings (of every rule that ran, the engine's included) are exactly the marked spans.</summary>
    public static void VerifyFindings(Rule rule, string markup, bool isWholeExport = false)
    {
        var parsed = TestMarkup.Parse(markup);
        var findings = Lint(rule, parsed.Text, isWholeExport);
        var expected = parsed.Spans.Select(span => Describe(span.RuleId ?? rule.Descriptor.Id, span.Span)).Order().ToList();
        var actual = findings.Select(finding => Describe(finding.Rule.Id, finding.Location.Span)).Order().ToList();
        if (!expected.SequenceEqual(actual))
        {
            var rendered = TestMarkup.Render(parsed.Text, findings.Select(finding => (finding.Rule.Id, finding.Location.Span)), rule.Descriptor.Id);
            Assert.Fail($"Expected findings [{string.Join(", ", expected)}] but got [{string.Join(", ", actual)}]. Actual as markup:\n{rendered}");
        }
    }

    /// <summary>Asserts that applying every fix of the rule turns <paramref name="before"/> into <paramref name="after"/>, which lints clean.</summary>
    public static void VerifyFix(Rule rule, string before, string after)
    {
        var findings = Lint(rule, before);
        var fixes = findings.Where(finding => finding.Rule == rule.Descriptor).Select(finding => finding.Fix).ToList();
        Assert.NotEmpty(fixes);
        Assert.All(fixes, fix => Assert.NotNull(fix));
        var (fixedText, _) = FixApplier.Apply(SourceText.From(before), fixes!);
        var actual = Encoding.UTF8.GetString(fixedText);
        Assert.Equal(after, actual);
        Assert.DoesNotContain(Lint(rule, actual), finding => finding.Rule == rule.Descriptor);
    }

    /// <summary>Lints one inline file with just this rule (plus the engine's own diagnostics).</summary>
    public static IReadOnlyList<Finding> Lint(Rule rule, string json, bool isWholeExport = false) =>
        LintFiles(rule, isWholeExport, (TestPath, json));

    public static IReadOnlyList<Finding> LintFiles(Rule rule, bool isWholeExport, params (string Path, string Json)[] files) =>
        new Linter([rule])
            .Lint([.. files.Select(file => SourceInput.InMemory(file.Path, Encoding.UTF8.GetBytes(file.Json)))], isWholeExport)
            .Findings;

    private static string Describe(string ruleId, TextSpan span) => $"{ruleId} {span}";
}
