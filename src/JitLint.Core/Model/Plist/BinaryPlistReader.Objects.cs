using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace JitLint.Core.Model.Plist;

internal ref partial struct BinaryPlistReader
{
    private static readonly DateTime AppleEpoch = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly double MinDateSeconds = (DateTime.MinValue - AppleEpoch).TotalSeconds;
    private static readonly double MaxDateSeconds = (DateTime.MaxValue - AppleEpoch).TotalSeconds;

    /// <summary>
    /// Reads the one object at <c>At</c>, whose marker byte gives its kind (high nibble) and size or count (low
    /// nibble). This file has the dispatch and the scalars; containers and counts are in BinaryPlistReader.Containers.cs.
    /// </summary>
    private readonly partial record struct ObjectReader(int Index, int At)
    {
        public PlistValue? Read(ref BinaryPlistReader plist, int depth, out int height)
        {
            height = 0;
            var marker = plist._bytes[At];
            var low = marker & 0xF;
            return (marker >> 4) switch
            {
                0x0 when marker is 0x08 or 0x09 => Take(ref plist, 1) ? new PlistBoolean(marker == 0x09) : null,
                0x1 => ReadInteger(ref plist, low),
                0x2 when low is 2 or 3 => ReadReal(ref plist, 1 << low),
                0x3 when low == 3 => ReadDate(ref plist),
                0x4 => ReadCount(ref plist, low, unitSize: 1, "bytes") is (var start, var count)
                    ? new PlistData(plist._bytes.Slice(start, count).ToImmutableArray())
                    : null,
                0x5 => ReadAscii(ref plist, low),
                0x6 => ReadCount(ref plist, low, unitSize: 2, "UTF-16 code units") is (var start, var count)
                    ? new PlistString(Encoding.BigEndianUnicode.GetString(plist._bytes.Slice(start, 2 * count)))
                    : null,
                0x8 => Fail(ref plist, $"its marker 0x{marker:X2} is a UID, which only keyed archives hold, not profiles"),
                0xA or 0xD when depth >= PlistReader.MaxDepth => Fail(ref plist, PlistReader.TooDeep),
                0xA => ReadContainer(ref plist, low, depth + 1, isDictionary: false, out height),
                0xD => ReadContainer(ref plist, low, depth + 1, isDictionary: true, out height),
                _ => Fail(ref plist, $"its marker 0x{marker:X2} is no value of a bplist00 property list"),
            };
        }

        private PlistValue? ReadInteger(ref BinaryPlistReader plist, int low)
        {
            if (low > 4)
            {
                return Fail(ref plist, $"it is an integer of 2^{low} bytes; only 1, 2, 4, 8 and 16 bytes exist");
            }

            var size = 1 << low;
            if (!Take(ref plist, 1 + size))
            {
                return null;
            }

            var bytes = plist._bytes.Slice(At + 1, size);
            return size switch
            {
                // Core Foundation writes 1, 2 and 4 bytes unsigned, 8 signed, and 16 for unsigned 64-bit values.
                < 8 => new PlistInteger((long)plist.ReadUnsigned(At + 1, size)),
                8 => new PlistInteger(BinaryPrimitives.ReadInt64BigEndian(bytes)),
                _ => BinaryPrimitives.ReadInt128BigEndian(bytes) is var wide && wide >= long.MinValue && wide <= long.MaxValue
                    ? new PlistInteger((long)wide)
                    : PlistInteger.Huge(wide.ToString(CultureInfo.InvariantCulture)),
            };
        }

        private PlistReal? ReadReal(ref BinaryPlistReader plist, int size)
        {
            if (!Take(ref plist, 1 + size))
            {
                return null;
            }

            var bytes = plist._bytes.Slice(At + 1, size);
            return new PlistReal(size == 4 ? BinaryPrimitives.ReadSingleBigEndian(bytes) : BinaryPrimitives.ReadDoubleBigEndian(bytes));
        }

        /// <summary>Seconds since 2001-01-01T00:00:00Z, as a big-endian double.</summary>
        private PlistValue? ReadDate(ref BinaryPlistReader plist)
        {
            if (!Take(ref plist, 9))
            {
                return null;
            }

            var seconds = BinaryPrimitives.ReadDoubleBigEndian(plist._bytes.Slice(At + 1, 8));
            var ticks = seconds >= MinDateSeconds && seconds <= MaxDateSeconds
                ? AppleEpoch.Ticks + (long)Math.Round(seconds * TimeSpan.TicksPerSecond)
                : -1;
            return ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks
                ? new PlistDate(new DateTime(ticks, DateTimeKind.Utc))
                : Fail(ref plist, $"its date, {seconds} seconds from 2001, is outside years 1 to 9999");
        }

        private PlistValue? ReadAscii(ref BinaryPlistReader plist, int low)
        {
            if (ReadCount(ref plist, low, unitSize: 1, "bytes") is not (var start, var count))
            {
                return null;
            }

            var bytes = plist._bytes.Slice(start, count);
            return Ascii.IsValid(bytes)
                ? new PlistString(Encoding.ASCII.GetString(bytes))
                : Fail(ref plist, $"its ASCII string holds the byte 0x{bytes[bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F)]:X2}");
        }

        /// <summary>Checks that the object's <paramref name="length"/> bytes fit, and counts them as read.</summary>
        private bool Take(ref BinaryPlistReader plist, int length)
        {
            if (At + length > plist._trailer.OffsetTable)
            {
                Fail(ref plist, $"its {length} bytes run past the objects");
                return false;
            }

            if (length > plist._unread)
            {
                Fail(ref plist, "it overlaps other objects, which together take more bytes than there are");
                return false;
            }

            plist._unread -= length;
            return true;
        }

        private PlistValue? Fail(ref BinaryPlistReader plist, string message) =>
            plist.Fail($"object {Index} at byte {At}: {message}");
    }
}
