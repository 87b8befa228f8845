namespace JitLint.Core.Engine;

/// <summary>A file to lint.</summary>
/// <param name="FullPath">Where to read it from.</param>
/// <param name="DisplayPath">How reports name it: relative to the scanned root, '/' separated.</param>
/// <param name="Content">The bytes, when they do not come from disk (tests, standard input).</param>
public sealed record SourceInput(string FullPath, string DisplayPath, byte[]? Content = null)
{
    public static SourceInput InMemory(string displayPath, byte[] content) => new(displayPath, displayPath, content);
}
