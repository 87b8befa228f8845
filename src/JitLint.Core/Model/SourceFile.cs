using JitLint.Syntax.Text;

namespace JitLint.Core.Model;

/// <param name="FullPath">Where the file is on disk.</param>
/// <param name="DisplayPath">The path reports show: relative to the scanned root, with '/' separators.</param>
/// <param name="Text">The decoded text, or null when the file could not be read or decoded.</param>
public sealed record SourceFile(string FullPath, string DisplayPath, SourceText? Text);
