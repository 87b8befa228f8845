using System.Text;

namespace JitLint.Syntax.Json;

/// <summary>
/// A small per-thread cache of decoded strings by their UTF-8 bytes, like a compiler's name table: the few hundred
/// property names of Graph objects (and values such as "#microsoft.graph.groupAssignmentTarget") are decoded and
/// allocated once per thread instead of once per occurrence. Direct-mapped: a collision replaces the entry.
/// </summary>
internal static class StringCache
{
    private const int Size = 2048;
    private const int MaxLength = 64;

    /// <summary>Throws on invalid UTF-8 as <c>Utf8JsonReader.GetString</c> does (decoded text never has any).</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static Entry[]? entries;

    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return Utf8.GetString(utf8);
        }

        var table = entries ??= new Entry[Size];
        var hash = new HashCode();
        hash.AddBytes(utf8);
        ref var entry = ref table[hash.ToHashCode() & (Size - 1)];
        if (entry.Utf8 is { } cached && utf8.SequenceEqual(cached))
        {
            return entry.Value!;
        }

        var value = Utf8.GetString(utf8);
        entry = new Entry(utf8.ToArray(), value);
        return value;
    }

    private record struct Entry(byte[]? Utf8, string? Value);
}
