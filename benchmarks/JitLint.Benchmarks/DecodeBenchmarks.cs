using System.Text;
using BenchmarkDotNet.Attributes;
using JitLint.Syntax.Text;

namespace JitLint.Benchmarks;

/// <summary>SourceText.Decode over the sample tenant's files: UTF-8 as exported by Graph, and UTF-16 LE with BOM as Windows PowerShell writes it.</summary>
[MemoryDiagnoser]
public class DecodeBenchmarks
{
    private byte[][] utf8 = [];
    private byte[][] utf16 = [];

    [GlobalSetup]
    public void Setup()
    {
        utf8 = [.. Samples.Files.Select(file => file.Bytes)];
        utf16 = [.. utf8.Select(bytes => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes))).ToArray())];
    }

    [Benchmark(Baseline = true)]
    public int Utf8() => DecodeAll(utf8);

    [Benchmark]
    public int Utf16LittleEndian() => DecodeAll(utf16);

    private static int DecodeAll(byte[][] files)
    {
        var length = 0;
        foreach (var bytes in files)
        {
            length += SourceText.Decode(bytes).Text!.Length;
        }

        return length;
    }
}
