using BenchmarkDotNet.Running;

namespace JitLint.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/JitLint.Benchmarks -- --filter '*'</c> runs every benchmark;
/// <c>--filter '*Parse*'</c> one class. See docs/performance.md.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
