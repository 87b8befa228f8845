using JitLint.Core.Model.Plist;

namespace JitLint.Core.Tests.Plist;

public sealed class PlistValueTests
{
    public static TheoryData<PlistValue, string> Kinds => new()
    {
        { P.Dict(), "dict" },
        { P.Array(), "array" },
        { P.String("s"), "string" },
        { P.Integer(1), "integer" },
        { PlistInteger.Huge("18446744073709551615"), "integer" },
        { new PlistReal(0.5), "real" },
        { new PlistBoolean(true), "boolean" },
        { new PlistBoolean(false), "boolean" },
        { new PlistDate(new DateTime(2001, 1, 1)), "date" },
        { new PlistData([1, 2]), "data" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_value_names_its_kind_as_Apple_does(PlistValue value, string kindName) =>
        Assert.Equal(kindName, value.KindName);

    [Fact]
    public void An_integer_that_fits_a_long_has_a_value_and_its_decimal_text()
    {
        var integer = P.Integer(-42);
        Assert.Equal(-42, integer.Value);
        Assert.Equal("-42", integer.Text);
    }

    [Fact]
    public void A_huge_integer_keeps_its_text_and_has_no_value()
    {
        var integer = PlistInteger.Huge("18446744073709551615");
        Assert.Null(integer.Value);
        Assert.Equal("18446744073709551615", integer.Text);
        Assert.NotEqual(PlistInteger.Huge("18446744073709551614"), integer);
    }

    [Fact]
    public void Containers_and_data_compare_by_content_in_order()
    {
        Assert.Equal(P.Dict(("a", P.Array(P.Integer(1), new PlistData([1, 2])))), P.Dict(("a", P.Array(P.Integer(1), new PlistData([1, 2])))));
        Assert.NotEqual(P.Dict(("a", P.Integer(1)), ("b", P.Integer(2))), P.Dict(("b", P.Integer(2)), ("a", P.Integer(1))));
        Assert.NotEqual(P.Array(P.Integer(1), P.Integer(2)), P.Array(P.Integer(2), P.Integer(1)));
        Assert.NotEqual(new PlistData([1, 2]), new PlistData([1, 3]));
        Assert.NotEqual<PlistValue>(P.Integer(1), new PlistReal(1));
        Assert.NotEqual<PlistValue>(P.Array(), P.Dict());
    }

    [Fact]
    public void NaN_equals_NaN_so_two_readings_of_one_profile_are_equal() =>
        Assert.Equal(new PlistReal(double.NaN), new PlistReal(double.NaN));

    [Fact]
    public void A_date_is_always_UTC() =>
        Assert.Equal(DateTimeKind.Utc, new PlistDate(new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Unspecified)).Value.Kind);

    [Fact]
    public void Default_arrays_become_empty_ones()
    {
        Assert.Empty(new PlistArray(default).Items);
        Assert.Empty(new PlistDictionary(default).Entries);
        Assert.Empty(new PlistData(default).Bytes);
        Assert.Equal(P.Array(), new PlistArray(default));
    }

    [Fact]
    public void Get_gives_the_last_of_duplicated_keys_and_GetAll_gives_every_one_in_order()
    {
        var dictionary = P.Dict(("k", P.Integer(1)), ("other", P.Integer(2)), ("k", P.Integer(3)));
        Assert.Equal(P.Integer(3), dictionary.Get("k"));
        Assert.Equal([P.Integer(1), P.Integer(3)], dictionary.GetAll("k"));
        Assert.Null(dictionary.Get("K"));
        Assert.Empty(dictionary.GetAll("missing"));
    }
}
