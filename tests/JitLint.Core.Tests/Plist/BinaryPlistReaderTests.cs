using System.Diagnostics;
using JitLint.Core.Model.Plist;

namespace JitLint.Core.Tests.Plist;

public sealed class BinaryPlistReaderTests
{
    private static readonly byte[] StringA = [0x51, (byte)'a'];

    [Fact]
    public void Duplicate_keys_are_kept_in_order() =>
        Assert.Equal(
            P.Dict(("a", P.Integer(1)), ("a", P.Integer(2))),
            P.Read(BinaryPlistBuilder.Build([0xD2, 0x01, 0x01, 0x02, 0x03], StringA, [0x10, 0x01], [0x10, 0x02])));

    [Fact]
    public void Four_byte_reals_strings_of_UTF16_and_long_data_read_as_such() =>
        Assert.Equal(
            P.Array(new PlistReal(1.5), P.String("é"), new PlistData([1, 2, 3])),
            P.Read(BinaryPlistBuilder.Build(
                [0xA3, 0x01, 0x02, 0x03],
                [0x22, 0x3F, 0xC0, 0x00, 0x00],
                [0x61, 0x00, 0xE9],
                [0x4F, 0x10, 0x03, 1, 2, 3])));

    [Fact]
    public void An_object_referred_to_twice_is_read_once_and_shared()
    {
        var root = Assert.IsType<PlistArray>(P.Read(BinaryPlistBuilder.Build([0xA2, 0x01, 0x01], StringA)));
        Assert.Equal(P.Array(P.String("a"), P.String("a")), root);
        Assert.Same(root.Items[0], root.Items[1]);
    }

    [Fact]
    public void Two_objects_at_one_offset_are_read_once()
    {
        byte[] data = [0xA2, 0x01, 0x02, .. StringA];
        Assert.Equal(P.Array(P.String("a"), P.String("a")), P.Read(BinaryPlistBuilder.Build(data, [0, 3, 3])));
    }

    [Fact]
    public void Sharing_does_not_multiply_the_work_of_a_deep_tree()
    {
        // Each of 60 arrays holds the next one twice: 2^60 paths, but 61 objects.
        var objects = Enumerable.Range(0, 60).Select(i => new byte[] { 0xA2, (byte)(i + 1), (byte)(i + 1) }).Append([0x09]).ToArray();
        var stopwatch = Stopwatch.StartNew();
        Assert.IsType<PlistArray>(P.Read(BinaryPlistBuilder.Build(objects)));
        Assert.True(stopwatch.ElapsedMilliseconds < 5000);
    }

    [Fact]
    public void Arrays_and_dictionaries_may_nest_64_deep_but_no_deeper()
    {
        static byte[] Nested(int depth) => BinaryPlistBuilder.Build(
            [.. Enumerable.Range(0, depth - 1).Select(i => new byte[] { 0xA1, (byte)(i + 1) }), [0xD0]]);

        Assert.IsType<PlistArray>(P.Read(Nested(64)));
        Assert.Equal("binary property list: object 64 at byte 136: dictionaries and arrays nest more than 64 deep", P.Error(Nested(65)));
    }

    [Theory]
    [InlineData(3, null)]
    [InlineData(4, "binary property list: object 1 at byte 11: dictionaries and arrays nest more than 64 deep")]
    public void A_shared_object_may_not_nest_deeper_where_it_is_used_again(int wrappers, string? error)
    {
        // The top array holds object 1, a chain of 60 arrays, and then the same chain again inside more arrays.
        byte[][] objects =
        [
            [0xA2, 0x01, 0x3D],
            .. Enumerable.Range(2, 59).Select(next => new byte[] { 0xA1, (byte)next }),
            [0xA0],
            .. Enumerable.Range(0, wrappers).Select(i => new byte[] { 0xA1, (byte)(i == wrappers - 1 ? 1 : 0x3E + i) }),
        ];
        var bytes = BinaryPlistBuilder.Build(objects);
        if (error is null)
        {
            Assert.IsType<PlistArray>(P.Read(bytes));
        }
        else
        {
            Assert.Equal(error, P.Error(bytes));
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xA1, 0x00 }, "object 0 at byte 8 contains itself through its references")]
    [InlineData(new byte[] { 0xD1, 0x00, 0x00 }, "object 0 at byte 8 contains itself through its references")]
    [InlineData(new byte[] { 0x80, 0x01 }, "object 0 at byte 8: its marker 0x80 is a UID, which only keyed archives hold, not profiles")]
    [InlineData(new byte[] { 0x00 }, "object 0 at byte 8: its marker 0x00 is no value of a bplist00 property list")]
    [InlineData(new byte[] { 0x0F }, "object 0 at byte 8: its marker 0x0F is no value of a bplist00 property list")]
    [InlineData(new byte[] { 0x21, 0x00, 0x00 }, "object 0 at byte 8: its marker 0x21 is no value of a bplist00 property list")]
    [InlineData(new byte[] { 0x34, 0x00 }, "object 0 at byte 8: its marker 0x34 is no value of a bplist00 property list")]
    [InlineData(new byte[] { 0x71, 0x61 }, "object 0 at byte 8: its marker 0x71 is no value of a bplist00 property list")]
    [InlineData(new byte[] { 0xC1, 0x00 }, "object 0 at byte 8: its marker 0xC1 is no value of a bplist00 property list")]
    [InlineData(new byte[] { 0x15, 0x00 }, "object 0 at byte 8: it is an integer of 2^5 bytes; only 1, 2, 4, 8 and 16 bytes exist")]
    [InlineData(new byte[] { 0x13, 0x00, 0x00 }, "object 0 at byte 8: its 9 bytes run past the objects")]
    [InlineData(new byte[] { 0x33, 0x7F, 0xF8, 0, 0, 0, 0, 0, 0 }, "object 0 at byte 8: its date, NaN seconds from 2001, is outside years 1 to 9999")]
    [InlineData(new byte[] { 0x33, 0x43, 0x00, 0, 0, 0, 0, 0, 0 }, "object 0 at byte 8: its date, 562949953421312 seconds from 2001, is outside years 1 to 9999")]
    [InlineData(new byte[] { 0x52, 0x41, 0xC3 }, "object 0 at byte 8: its ASCII string holds the byte 0xC3")]
    [InlineData(new byte[] { 0x53, 0x41 }, "object 0 at byte 8: its 3 bytes run past the objects")]
    [InlineData(new byte[] { 0x62, 0x00, 0x41 }, "object 0 at byte 8: its 2 UTF-16 code units run past the objects")]
    [InlineData(new byte[] { 0x4F, 0x51, 0x41 }, "object 0 at byte 8: its length should follow as a 1- to 8-byte integer, but the marker after it is 0x51")]
    [InlineData(new byte[] { 0x4F }, "object 0 at byte 8: its length runs past the objects")]
    [InlineData(new byte[] { 0x4F, 0x14, 0x00 }, "object 0 at byte 8: its length should follow as a 1- to 8-byte integer, but the marker after it is 0x14")]
    [InlineData(new byte[] { 0x4F, 0x11, 0x01 }, "object 0 at byte 8: its length runs past the objects")]
    [InlineData(new byte[] { 0x4F, 0x13, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, "object 0 at byte 8: its 9223372036854775807 bytes run past the objects")]
    [InlineData(new byte[] { 0xAF, 0x13, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, "object 0 at byte 8: its 18446744073709551615 items run past the objects")]
    [InlineData(new byte[] { 0xDF, 0x10, 0x02, 0x00, 0x00, 0x00 }, "object 0 at byte 8: its 2 entries run past the objects")]
    [InlineData(new byte[] { 0xA1, 0x05 }, "object 0 at byte 8: it refers to object 5, but the last object is 0")]
    public void Corrupt_objects_give_an_error_that_says_which_object_and_where(byte[] top, string error) =>
        Assert.Equal($"binary property list: {error}", P.Error(BinaryPlistBuilder.Build(top)));

    [Fact]
    public void A_dictionary_key_must_be_a_string() =>
        Assert.Equal(
            "binary property list: object 0 at byte 8: its key 0 is of kind integer, not string",
            P.Error(BinaryPlistBuilder.Build([0xD1, 0x01, 0x02], [0x10, 0x05], StringA)));

    [Fact]
    public void An_error_deep_inside_names_the_object_where_it_is() =>
        Assert.Equal(
            "binary property list: object 2 at byte 12: its marker 0x80 is a UID, which only keyed archives hold, not profiles",
            P.Error(BinaryPlistBuilder.Build([0xA1, 0x01], [0xA1, 0x02], [0x80, 0x00])));

    [Fact]
    public void Overlapping_objects_are_refused_before_they_are_decoded_again_and_again()
    {
        // Objects 1 and 2 are 3-byte data that share bytes: together 8 bytes of objects claim 11.
        byte[] data = [0xA2, 0x01, 0x02, 0x43, 0x43, 0x43, 0x43, 0x43];
        Assert.Equal(
            "binary property list: object 2 at byte 12: it overlaps other objects, which together take more bytes than there are",
            P.Error(BinaryPlistBuilder.Build(data, [0, 3, 4])));
    }

    [Fact]
    public void An_offset_outside_the_objects_is_refused() =>
        Assert.Equal(
            "binary property list: object 1: its offset 10 is outside the objects, bytes 8 to 9",
            P.Error(BinaryPlistBuilder.Build([0xA1, 0x01], [0, 2])));
}
