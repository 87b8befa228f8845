using System.Text;

namespace JitLint.Syntax.Json;

/// <summary>
/// A small per-thread cache of decoded strings by their UTF-8 bytes, like a compiler's name table: the few hundred
/// property names of Graph objects (and values such as "#microsoft.graph.groupAssignmentTarget") are decoded and
/// allocated once per thread instead of once per occurrence. Direct-mapped: a collision replaces the entry.
/// </summary>
/// <remarks>
/// Only ASCII strings are kept, so that an entry is compared with the bytes as it is, without a copy of them.
/// </remarks>
internal static class StringCache
{
    private const int Size = 2048;
    private const int MaxLength = 64;

    /// <summary>Throws on invalid UTF-8 as <c>Utf8JsonReader.GetString</c> does (decoded text never has any).</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static string?[]? entries;

    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return Utf8.GetString(utf8);
        }

        var table = entries ??= new string?[Size];
        var hash = new HashCode();
        hash.AddBytes(utf8);
        ref var entry = ref table[hash.ToHashCode() & (Size - 1)];
        if (entry is { } cached && Ascii.Equals(utf8, cached))
        {
            return cached;
        }

        var value = Utf8.GetString(utf8);
        if (value.Length == utf8.Length)
        {
            entry = value;
        }

        return value;
    }
}
