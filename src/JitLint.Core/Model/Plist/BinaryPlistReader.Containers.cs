using System.Collections.Immutable;

namespace JitLint.Core.Model.Plist;

internal ref partial struct BinaryPlistReader
{
    private readonly partial record struct ObjectReader
    {
        private PlistValue? ReadContainer(ref BinaryPlistReader plist, int low, int depth, bool isDictionary, out int height)
        {
            height = 0;
            var refsPerItem = isDictionary ? 2 : 1;
            if (ReadCount(ref plist, low, refsPerItem * plist._trailer.ReferenceSize, isDictionary ? "entries" : "items") is not (var start, var count))
            {
                return null;
            }

            plist._open[At] = true;
            var childHeight = 0;
            var value = isDictionary
                ? ReadEntries(ref plist, start, count, depth, ref childHeight)
                : ReadItems(ref plist, start, count, depth, ref childHeight);
            plist._open[At] = false;
            height = childHeight + 1;
            return value;
        }

        private PlistArray? ReadItems(ref BinaryPlistReader plist, int start, int count, int depth, ref int childHeight)
        {
            var items = ImmutableArray.CreateBuilder<PlistValue>(count);
            for (var i = 0; i < count; i++)
            {
                if (ReadReference(ref plist, start + (i * plist._trailer.ReferenceSize), depth, ref childHeight) is not { } item)
                {
                    return null;
                }

                items.Add(item);
            }

            return new PlistArray(items.MoveToImmutable());
        }

        /// <summary>All the key references come first, then all the value references.</summary>
        private PlistValue? ReadEntries(ref BinaryPlistReader plist, int start, int count, int depth, ref int childHeight)
        {
            var entries = ImmutableArray.CreateBuilder<PlistEntry>(count);
            for (var i = 0; i < count; i++)
            {
                var keyAt = start + (i * plist._trailer.ReferenceSize);
                if (ReadReference(ref plist, keyAt, depth, ref childHeight) is not { } key
                    || ReadReference(ref plist, keyAt + (count * plist._trailer.ReferenceSize), depth, ref childHeight) is not { } value)
                {
                    return null;
                }

                if (key is not PlistString keyString)
                {
                    return Fail(ref plist, $"its key {i} is of kind {key.KindName}, not string");
                }

                entries.Add(new PlistEntry(keyString.Value, value));
            }

            return new PlistDictionary(entries.MoveToImmutable());
        }

        /// <summary>Reads the object referred to at <paramref name="at"/>, raising <paramref name="maxHeight"/> to its height.</summary>
        private PlistValue? ReadReference(ref BinaryPlistReader plist, int at, int depth, ref int maxHeight)
        {
            var reference = plist.ReadUnsigned(at, plist._trailer.ReferenceSize);
            if (reference >= (ulong)plist._trailer.ObjectCount)
            {
                return Fail(ref plist, $"it refers to object {reference}, but the last object is {plist._trailer.ObjectCount - 1}");
            }

            var value = plist.ReadObject((int)reference, depth, out var height);
            maxHeight = Math.Max(maxHeight, height);
            return value;
        }

        /// <summary>
        /// The number of units that follow the marker: its low nibble, or with 0xF the integer object after it.
        /// Null (with the error set) when they would not fit in the objects.
        /// </summary>
        private (int Start, int Count)? ReadCount(ref BinaryPlistReader plist, int low, int unitSize, string units)
        {
            var start = At + 1;
            var count = (ulong)low;
            if (low == 0xF)
            {
                if (start == plist._trailer.OffsetTable)
                {
                    Fail(ref plist, "its length runs past the objects");
                    return null;
                }

                var marker = plist._bytes[start];
                if (marker is < 0x10 or > 0x13)
                {
                    Fail(ref plist, $"its length should follow as a 1- to 8-byte integer, but the marker after it is 0x{marker:X2}");
                    return null;
                }

                var size = 1 << (marker & 0xF);
                if (start + 1 + size > plist._trailer.OffsetTable)
                {
                    Fail(ref plist, "its length runs past the objects");
                    return null;
                }

                count = plist.ReadUnsigned(start + 1, size);
                start += 1 + size;
            }

            if (count > (ulong)((plist._trailer.OffsetTable - start) / unitSize))
            {
                Fail(ref plist, $"its {count} {units} run past the objects");
                return null;
            }

            return Take(ref plist, start - At + ((int)count * unitSize)) ? (start, (int)count) : null;
        }
    }
}
