namespace JitLint.Core.Engine;

/// <summary>
/// Reads a file to lint with one open: its length is checked against the size limit on the stream that then reads
/// it, where a size check before <see cref="File.ReadAllBytes"/> would look the path up twice.
/// </summary>
internal static class SourceReader
{
    private const int ChunkBytes = 81920;

    /// <summary>The file's bytes and size, or no bytes when it is longer than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="IOException">The file cannot be read, or is too long for one array.</exception>
    public static (byte[]? Bytes, long Size) ReadAtMost(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        if (!stream.CanSeek || stream.Length == 0)
        {
            return ReadUnsized(stream, maxBytes);
        }

        var size = stream.Length;
        if (size > maxBytes)
        {
            return (null, size);
        }

        if (size > Array.MaxLength)
        {
            // Only with a size limit raised past what one array holds.
            throw new IOException($"it is {size:N0} bytes, and a file of 2 GB or more cannot be read");
        }

        // A file that shrank while it was read is linted as it was read.
        var bytes = new byte[size];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        return read == bytes.Length ? (bytes, size) : (bytes[..read], read);
    }

    /// <summary>
    /// A pipe, or a file of /proc, tells no length: it is read to its end, keeping no more than the limit allows and
    /// counting the rest, so that the limit bounds memory here too and a report can still give the size.
    /// </summary>
    private static (byte[]? Bytes, long Size) ReadUnsized(Stream stream, long maxBytes)
    {
        using var kept = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        long size = 0;
        for (var count = stream.Read(chunk); count > 0; count = stream.Read(chunk))
        {
            if (size + count <= maxBytes)
            {
                kept.Write(chunk, 0, count);
            }

            size += count;
        }

        return size > maxBytes ? (null, size) : (kept.ToArray(), size);
    }
}
