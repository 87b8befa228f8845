using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace JitLint.Syntax.Text;

/// <summary>
/// Turns file bytes into UTF-8 text: UTF-8 with or without BOM, and UTF-16 LE/BE with BOM (what Windows
/// PowerShell's Out-File writes). Anything else is an error that says what it found and where.
/// </summary>
internal static class TextDecoder
{
    public static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static DecodeResult Decode(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.StartsWith(Utf8Bom))
        {
            return DecodeUtf8(bytes[Utf8Bom.Length..], TextEncodingKind.Utf8Bom, Utf8Bom.Length);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Failure("it is UTF-32, which JitLint does not read; save it as UTF-8.", default);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(span[2..], bigEndian: false);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(span[2..], bigEndian: true);
        }

        if (span.Length >= 2 && (span[0] == 0) != (span[1] == 0))
        {
            return Failure("it looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16 with a BOM.", default);
        }

        return DecodeUtf8(bytes, TextEncodingKind.Utf8, 0);
    }

    private static DecodeResult DecodeUtf8(ReadOnlyMemory<byte> utf8, TextEncodingKind encoding, int bomLength)
    {
        if (Utf8.IsValid(utf8.Span))
        {
            return new DecodeResult(SourceText.FromUtf8(utf8, encoding), null);
        }

        var invalidAt = FindInvalidUtf8(utf8.Span);
        var prefix = SourceText.FromUtf8(utf8[..invalidAt], encoding);
        return Failure(
            $"byte 0x{utf8.Span[invalidAt]:X2} at byte offset {invalidAt + bomLength} is not valid UTF-8.",
            prefix.GetLinePosition(invalidAt));
    }

    private static int FindInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var buffer = ArrayPool<char>.Shared.Rent(utf8.Length + 1);
        try
        {
            Utf8.ToUtf16(utf8, buffer, out var bytesRead, out _, replaceInvalidSequences: false);
            return bytesRead;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static DecodeResult DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var name = bigEndian ? "UTF-16 BE" : "UTF-16 LE";
        if (bytes.Length % 2 != 0)
        {
            return Failure($"it is {name} but has an odd number of bytes, so it is truncated.", default);
        }

        // The bytes are the code units when the file's byte order is the machine's; otherwise swap them once.
        var units = MemoryMarshal.Cast<byte, char>(bytes);
        if (bigEndian == BitConverter.IsLittleEndian)
        {
            var swapped = new char[units.Length];
            BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<char, ushort>(units), MemoryMarshal.Cast<char, ushort>(swapped.AsSpan()));
            units = swapped;
        }

        var unpaired = units.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? -1 : FindUnpairedSurrogate(units);
        if (unpaired >= 0)
        {
            var prefix = SourceText.From(new string(units[..unpaired]));
            return Failure(
                $"it is {name} but holds an unpaired surrogate U+{(int)units[unpaired]:X4} at byte offset {2 * unpaired + 2}.",
                prefix.GetLinePosition(prefix.Length));
        }

        var utf8 = new byte[Encoding.UTF8.GetByteCount(units)];
        Encoding.UTF8.GetBytes(units, utf8);
        var kind = bigEndian ? TextEncodingKind.Utf16BigEndianBom : TextEncodingKind.Utf16LittleEndianBom;
        return new DecodeResult(SourceText.FromUtf8(utf8, kind), null);
    }

    private static int FindUnpairedSurrogate(ReadOnlySpan<char> units)
    {
        for (var i = 0; i < units.Length; i++)
        {
            if (char.IsHighSurrogate(units[i]) && i + 1 < units.Length && char.IsLowSurrogate(units[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(units[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static DecodeResult Failure(string message, LinePosition position) => new(null, new DecodeError(message, position));
}
