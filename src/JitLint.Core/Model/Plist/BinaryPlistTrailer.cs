using System.Buffers.Binary;

namespace JitLint.Core.Model.Plist;

/// <summary>
/// The last 32 bytes of a <c>bplist00</c> file: five unused bytes and a sort version, then the size of an offset
/// and of an object reference, and, as big-endian 64-bit numbers, the object count, the top object and where the
/// offset table starts. Made only once every value is known to fit the file, so that each later index is an int.
/// </summary>
internal readonly record struct BinaryPlistTrailer(int OffsetSize, int ReferenceSize, int ObjectCount, int TopObject, int OffsetTable)
{
    public const int HeaderLength = 8;
    public const int Length = 32;

    /// <summary>The trailer, or null with what is wrong with it.</summary>
    public static BinaryPlistTrailer? Read(ReadOnlySpan<byte> bytes, out string? error)
    {
        var trailer = bytes[^Length..];
        int offsetSize = trailer[6], referenceSize = trailer[7];
        var objectCount = BinaryPrimitives.ReadUInt64BigEndian(trailer[8..]);
        var topObject = BinaryPrimitives.ReadUInt64BigEndian(trailer[16..]);
        var offsetTable = BinaryPrimitives.ReadUInt64BigEndian(trailer[24..]);
        var trailerStart = (ulong)(bytes.Length - Length);
        var room = offsetTable <= trailerStart && offsetSize > 0 ? (trailerStart - offsetTable) / (ulong)offsetSize : 0;
        error =
            offsetSize is < 1 or > 8 ? $"the trailer gives an offset size of {offsetSize} bytes, not 1 to 8"
            : referenceSize is < 1 or > 8 ? $"the trailer gives an object reference size of {referenceSize} bytes, not 1 to 8"
            : offsetTable <= HeaderLength || offsetTable > trailerStart
                ? $"the trailer puts the offset table at byte {offsetTable}, outside bytes {HeaderLength + 1} to {trailerStart}"
            : objectCount == 0 ? "the trailer gives no objects"
            : objectCount > room ? $"the trailer gives {objectCount} objects, but the offset table at byte {offsetTable} has room for {room}"
            : topObject >= objectCount ? $"the trailer gives object {topObject} as the top one, but the last object is {objectCount - 1}"
            : null;
        return error is null
            ? new BinaryPlistTrailer(offsetSize, referenceSize, (int)objectCount, (int)topObject, (int)offsetTable)
            : null;
    }
}
