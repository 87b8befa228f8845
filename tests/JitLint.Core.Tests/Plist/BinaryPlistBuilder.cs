using System.Buffers.Binary;

namespace JitLint.Core.Tests.Plist;

/// <summary>
/// Lays out hand-written binary objects as a <c>bplist00</c> file, so that tests can build exactly the corrupt or
/// hostile file they need: the header, the objects, a table of 2-byte offsets, then the trailer. Object references
/// inside the objects are written by the test, one byte each.
/// </summary>
internal static class BinaryPlistBuilder
{
    public const int HeaderLength = 8;

    /// <summary>The objects one after the other; object 0 is the top one.</summary>
    public static byte[] Build(params byte[][] objects)
    {
        var offsets = new int[objects.Length];
        for (var i = 1; i < objects.Length; i++)
        {
            offsets[i] = offsets[i - 1] + objects[i - 1].Length;
        }

        return Build([.. objects.SelectMany(item => item)], offsets);
    }

    /// <param name="objectData">All the objects' bytes.</param>
    /// <param name="offsets">Where each object starts, counted from the start of <paramref name="objectData"/>.</param>
    public static byte[] Build(byte[] objectData, int[] offsets)
    {
        var offsetTable = HeaderLength + objectData.Length;
        var table = offsets.SelectMany(offset => new[] { (byte)((HeaderLength + offset) >> 8), (byte)(HeaderLength + offset) });
        return [.. "bplist00"u8, .. objectData, .. table, .. Trailer(2, 1, (ulong)offsets.Length, 0, (ulong)offsetTable)];
    }

    public static byte[] Trailer(byte offsetSize, byte referenceSize, ulong objectCount, ulong topObject, ulong offsetTable)
    {
        var trailer = new byte[32];
        trailer[6] = offsetSize;
        trailer[7] = referenceSize;
        BinaryPrimitives.WriteUInt64BigEndian(trailer.AsSpan(8), objectCount);
        BinaryPrimitives.WriteUInt64BigEndian(trailer.AsSpan(16), topObject);
        BinaryPrimitives.WriteUInt64BigEndian(trailer.AsSpan(24), offsetTable);
        return trailer;
    }
}
