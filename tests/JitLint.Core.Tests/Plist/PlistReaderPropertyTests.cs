using System.Text;
using CsCheck;
using JitLint.Core.Model.Plist;

namespace JitLint.Core.Tests.Plist;

/// <summary>Whatever the bytes, reading gives a value or an error, never an exception.</summary>
public sealed class PlistReaderPropertyTests
{
    private static readonly byte[] SsoXml = Encoding.UTF8.GetBytes(PlistSamples.SsoXml);

    [Fact]
    public void Random_bytes_never_throw() =>
        Gen.Byte.Array[0, 300].Sample(bytes => AssertReadsOrFails(bytes), iter: 5000);

    [Fact]
    public void Random_bytes_after_a_binary_header_never_throw() =>
        Gen.Byte.Array[0, 300].Sample(bytes => AssertReadsOrFails([.. "bplist00"u8, .. bytes]), iter: 5000);

    /// <summary>Random objects behind a well-formed trailer, so that the object reader itself is exercised.</summary>
    [Fact]
    public void Random_objects_behind_a_valid_trailer_never_throw() =>
        Gen.Select(Gen.Byte.Array[1, 60], Gen.Byte[1, 2], Gen.Byte[1, 2])
            .Sample((objects, offsetSize, referenceSize) =>
            {
                var offsetTable = 8 + objects.Length;
                var count = Math.Min(objects.Length, 10);
                var table = Enumerable.Range(0, count * offsetSize).Select(i => (byte)(i % offsetSize == offsetSize - 1 ? 8 + (i / offsetSize) : 0));
                AssertReadsOrFails([.. "bplist00"u8, .. objects, .. table, .. BinaryPlistBuilder.Trailer(offsetSize, referenceSize, (ulong)count, 0, (ulong)offsetTable)]);
            }, iter: 5000);

    [Fact]
    public void Truncations_of_binary_and_XML_profiles_never_throw()
    {
        Gen.Int[0, PlistSamples.SsoBinary.Length].Sample(length => AssertReadsOrFails(PlistSamples.SsoBinary[..length]), iter: 1000);
        Gen.Int[0, SsoXml.Length].Sample(length => AssertReadsOrFails(SsoXml[..length]), iter: 1000);
    }

    [Fact]
    public void Corrupted_binary_and_XML_profiles_never_throw()
    {
        Gen.Select(Gen.Int[0, PlistSamples.SsoBinary.Length - 1].Array[1, 8], Gen.Byte.Array[8])
            .Sample((positions, values) => AssertReadsOrFails(Corrupt(PlistSamples.SsoBinary, positions, values)), iter: 5000);
        Gen.Select(Gen.Int[0, SsoXml.Length - 1].Array[1, 8], Gen.Byte.Array[8])
            .Sample((positions, values) => AssertReadsOrFails(Corrupt(SsoXml, positions, values)), iter: 2000);
    }

    private static byte[] Corrupt(byte[] original, int[] positions, byte[] values)
    {
        var bytes = original.ToArray();
        for (var i = 0; i < positions.Length; i++)
        {
            bytes[positions[i]] = values[i];
        }

        return bytes;
    }

    private static void AssertReadsOrFails(byte[] bytes)
    {
        var result = PlistReader.Read(bytes);
        Assert.Equal(result.Succeeded, result.Root is not null);
        Assert.Equal(result.Succeeded, result.Error is null);
    }
}
