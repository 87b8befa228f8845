using JitLint.Core.Model.Plist;

namespace JitLint.Core.Tests.Plist;

/// <summary>The header and the trailer, which every other offset and count in a binary property list depends on.</summary>
public sealed class BinaryPlistTrailerTests
{
    [Fact]
    public void Every_truncation_of_a_binary_profile_is_an_error()
    {
        for (var length = 0; length < PlistSamples.SsoBinary.Length; length++)
        {
            Assert.False(PlistReader.Read(PlistSamples.SsoBinary.AsSpan(0, length)).Succeeded);
        }
    }

    [Fact]
    public void The_smallest_binary_property_list_is_one_boolean() =>
        Assert.Equal(new PlistBoolean(true), P.Read([.. "bplist00"u8, 0x09, 0x08, .. BinaryPlistBuilder.Trailer(1, 1, 1, 0, 9)]));

    [Theory]
    [InlineData(0, 1, 1ul, 0ul, 9ul, "the trailer gives an offset size of 0 bytes, not 1 to 8")]
    [InlineData(9, 1, 1ul, 0ul, 9ul, "the trailer gives an offset size of 9 bytes, not 1 to 8")]
    [InlineData(1, 0, 1ul, 0ul, 9ul, "the trailer gives an object reference size of 0 bytes, not 1 to 8")]
    [InlineData(1, 9, 1ul, 0ul, 9ul, "the trailer gives an object reference size of 9 bytes, not 1 to 8")]
    [InlineData(1, 1, 1ul, 0ul, 8ul, "the trailer puts the offset table at byte 8, outside bytes 9 to 10")]
    [InlineData(1, 1, 1ul, 0ul, 11ul, "the trailer puts the offset table at byte 11, outside bytes 9 to 10")]
    [InlineData(1, 1, 1ul, 0ul, ulong.MaxValue, "the trailer puts the offset table at byte 18446744073709551615, outside bytes 9 to 10")]
    [InlineData(1, 1, 0ul, 0ul, 9ul, "the trailer gives no objects")]
    [InlineData(1, 1, 2ul, 0ul, 9ul, "the trailer gives 2 objects, but the offset table at byte 9 has room for 1")]
    [InlineData(1, 1, ulong.MaxValue, 0ul, 9ul, "the trailer gives 18446744073709551615 objects, but the offset table at byte 9 has room for 1")]
    [InlineData(8, 1, 1ul, 0ul, 9ul, "the trailer gives 1 objects, but the offset table at byte 9 has room for 0")]
    [InlineData(1, 1, 1ul, 1ul, 9ul, "the trailer gives object 1 as the top one, but the last object is 0")]
    [InlineData(1, 1, 1ul, ulong.MaxValue, 9ul, "the trailer gives object 18446744073709551615 as the top one, but the last object is 0")]
    public void A_corrupt_trailer_gives_an_error_that_says_what_is_wrong(
        byte offsetSize, byte referenceSize, ulong objectCount, ulong topObject, ulong offsetTable, string error) =>
        Assert.Equal(
            $"binary property list: {error}",
            P.Error([.. "bplist00"u8, 0x09, 0x08, .. BinaryPlistBuilder.Trailer(offsetSize, referenceSize, objectCount, topObject, offsetTable)]));

    [Theory]
    [InlineData(18, "it is 18 bytes long, too short for the 8-byte header and the 32-byte trailer")]
    [InlineData(39, "it is 39 bytes long, too short for the 8-byte header and the 32-byte trailer")]
    public void A_file_too_short_for_the_header_and_trailer_is_an_error(int length, string error) =>
        Assert.Equal($"binary property list: {error}", P.Error([.. "bplist00"u8, .. new byte[length - 8]]));

    [Theory]
    [InlineData("bplist01")]
    [InlineData("bplist15")]
    [InlineData("bplist")]
    public void Other_binary_versions_are_not_read(string header) =>
        Assert.Equal(
            "binary property list: it starts with 'bplist' but not 'bplist00', the only version JitLint reads",
            P.Error([.. System.Text.Encoding.ASCII.GetBytes(header), .. new byte[40]]));
}
