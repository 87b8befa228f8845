using System.Text.Json;
using BenchmarkDotNet.Attributes;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Benchmarks;

/// <summary>
/// The positioned syntax tree against the floor the issue compares with: a bare JsonDocument.Parse of the same
/// bytes. Both parse every file of the sample tenant once per operation.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 1000 };
    private SourceText[] texts = [];

    [GlobalSetup]
    public void Setup() => texts = [.. Samples.Files.Select(file => SourceText.Decode(file.Bytes).Text!)];

    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        var count = 0;
        foreach (var text in texts)
        {
            using var document = JsonDocument.Parse(text.Utf8, DocumentOptions);
            count += document.RootElement.GetPropertyCount();
        }

        return count;
    }

    [Benchmark]
    public int JsonSyntaxTreeParse()
    {
        var count = 0;
        foreach (var text in texts)
        {
            count += ((JsonObjectSyntax)JsonSyntaxTree.Parse(text).Root!).Properties.Count;
        }

        return count;
    }
}
