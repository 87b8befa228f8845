namespace JitLint.Core.Model.Plist;

/// <summary>
/// Reads a <c>bplist00</c> property list: objects after an 8-byte header, then a table of their offsets, then a
/// 32-byte trailer. Every offset, count and reference is checked against the input before use, so that corrupt or
/// hostile input gives an error and never makes JitLint allocate more than the input holds.
/// </summary>
internal ref partial struct BinaryPlistReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly BinaryPlistTrailer _trailer;

    /// <summary>
    /// Objects already read, by offset, because one object may be referred to many times; with how many levels of
    /// containers each holds, so that a shared object cannot nest deeper where it is used again.
    /// </summary>
    private readonly Dictionary<int, (PlistValue Value, int Height)> _read = [];

    /// <summary>The containers being read, by offset, to find a container that contains itself.</summary>
    private readonly bool[] _open;

    /// <summary>
    /// The object bytes not yet read. Objects never overlap in a real file, so reading more bytes than there are
    /// means overlapping objects that would otherwise be decoded again and again.
    /// </summary>
    private int _unread;

    private string? _error;

    private BinaryPlistReader(ReadOnlySpan<byte> bytes, BinaryPlistTrailer trailer)
    {
        _bytes = bytes;
        _trailer = trailer;
        _open = new bool[trailer.OffsetTable];
        _unread = trailer.OffsetTable - BinaryPlistTrailer.HeaderLength;
    }

    public static PlistReadResult Read(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("bplist00"u8))
        {
            return Failure("it starts with 'bplist' but not 'bplist00', the only version JitLint reads");
        }

        if (bytes.Length < BinaryPlistTrailer.HeaderLength + BinaryPlistTrailer.Length)
        {
            return Failure($"it is {bytes.Length} bytes long, too short for the 8-byte header and the 32-byte trailer");
        }

        if (BinaryPlistTrailer.Read(bytes, out var trailerError) is not { } trailer)
        {
            return Failure(trailerError!);
        }

        var reader = new BinaryPlistReader(bytes, trailer);
        return reader.ReadObject(trailer.TopObject, depth: 0, out _) is { } root
            ? PlistReadResult.Success(root)
            : Failure(reader._error!);
    }

    /// <param name="depth">How many containers enclose the object.</param>
    /// <param name="height">How many levels of containers the object is: 0 for a scalar, 1 for a flat array.</param>
    private PlistValue? ReadObject(int index, int depth, out int height)
    {
        height = 0;
        var offset = ReadUnsigned(_trailer.OffsetTable + (index * _trailer.OffsetSize), _trailer.OffsetSize);
        if (offset < BinaryPlistTrailer.HeaderLength || offset >= (ulong)_trailer.OffsetTable)
        {
            return Fail($"object {index}: its offset {offset} is outside the objects, bytes {BinaryPlistTrailer.HeaderLength} to {_trailer.OffsetTable - 1}");
        }

        var at = (int)offset;
        if (_read.TryGetValue(at, out var known))
        {
            height = known.Height;
            return depth + height <= PlistReader.MaxDepth
                ? known.Value
                : Fail($"object {index} at byte {at}: {PlistReader.TooDeep}");
        }

        if (_open[at])
        {
            return Fail($"object {index} at byte {at} contains itself through its references");
        }

        var value = new ObjectReader(index, at).Read(ref this, depth, out height);
        if (value is not null)
        {
            _read[at] = (value, height);
        }

        return value;
    }

    /// <summary>A big-endian unsigned number of 1 to 8 bytes.</summary>
    private ulong ReadUnsigned(int at, int size)
    {
        var value = 0UL;
        foreach (var b in _bytes.Slice(at, size))
        {
            value = (value << 8) | b;
        }

        return value;
    }

    private PlistValue? Fail(string message)
    {
        _error = message;
        return null;
    }

    private static PlistReadResult Failure(string message) => PlistReadResult.Failure($"binary property list: {message}");
}
