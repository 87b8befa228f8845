using JitLint.Core.Engine;

namespace JitLint.Benchmarks;

/// <summary>The sample tenant (testdata/tenants/contoso), embedded in this assembly: 13 Graph objects of every kind the rules read.</summary>
internal static class Samples
{
    private const string Prefix = "contoso/";

    /// <summary>Each file's display path and bytes, in path order.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files { get; } = Load();

    /// <summary>The tenant <paramref name="copies"/> times over, each copy in its own folder: a small in-memory export.</summary>
    public static IReadOnlyList<SourceInput> Corpus(int copies) =>
    [
        .. Enumerable.Range(0, copies).SelectMany(copy => Files.Select(file => SourceInput.InMemory($"copy{copy}/{file.Path}", file.Bytes))),
    ];

    private static List<(string Path, byte[] Bytes)> Load()
    {
        var assembly = typeof(Samples).Assembly;
        var files = new List<(string Path, byte[] Bytes)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files.Add((name[Prefix.Length..].Replace('\\', '/'), buffer.ToArray()));
        }

        return files.Count > 0 ? files : throw new InvalidOperationException("The sample tenant is not embedded.");
    }
}
