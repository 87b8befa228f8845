using BenchmarkDotNet.Attributes;
using JitLint.Core.Engine;
using JitLint.Core.Reporting;
using JitLint.Rules;

namespace JitLint.Benchmarks;

/// <summary>
/// The rule engine with every built-in rule over a small in-memory export (the sample tenant, copied), from bytes
/// to sorted findings; and the reporters over its result. No disk: what is left is decode, parse, rules and reports.
/// </summary>
[MemoryDiagnoser]
public class LinterBenchmarks
{
    private IReadOnlyList<SourceInput> corpus = [];
    private Linter linter = null!;
    private LintResult result = null!;
    private ReportContext context = null!;

    [Params(10)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        corpus = Samples.Corpus(Copies);
        linter = new Linter(BuiltInRules.All);
        result = linter.Lint(corpus, isWholeExport: true);
        context = new ReportContext([.. BuiltInRules.Descriptors.OrderBy(rule => rule.Id, StringComparer.Ordinal)], BuiltInRules.Documentation, "/", "0.0.0");
    }

    [Benchmark]
    public int Lint() => linter.Lint(corpus, isWholeExport: true).Findings.Count;

    [Benchmark]
    public long SarifReport()
    {
        using var stream = new MemoryStream();
        SarifReporter.Write(result, context, stream);
        return stream.Length;
    }

    [Benchmark]
    public long JsonReport()
    {
        using var stream = new MemoryStream();
        JsonReporter.Write(result, context, stream);
        return stream.Length;
    }
}
