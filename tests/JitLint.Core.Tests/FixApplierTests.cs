using System.Text;
using JitLint.Core.Engine;
using JitLint.Core.Rules;
using JitLint.Syntax.Text;

namespace JitLint.Core.Tests;

public sealed class FixApplierTests
{
    private static readonly SourceText Text = SourceText.From("abcdef");

    [Fact]
    public void Edits_apply_in_source_order_whatever_order_they_come_in()
    {
        var (text, applied) = FixApplier.Apply(Text, [Fix(4, 1, "E"), Fix(0, 1, "A")]);
        Assert.Equal("AbcdEf", Encoding.UTF8.GetString(text));
        Assert.Equal(2, applied);
    }

    [Fact]
    public void A_fix_that_overlaps_an_earlier_one_is_skipped_whole()
    {
        var overlapping = new Fix("two edits", [new TextEdit(new TextSpan(2, 2), "X"), new TextEdit(new TextSpan(5, 1), "Y")]);
        var (text, applied) = FixApplier.Apply(Text, [Fix(1, 2, "B"), overlapping]);
        Assert.Equal("aBdef", Encoding.UTF8.GetString(text));
        Assert.Equal(1, applied);
    }

    [Fact]
    public void Two_insertions_at_one_point_are_not_both_applied()
    {
        var (text, applied) = FixApplier.Apply(Text, [Fix(3, 0, "1"), Fix(3, 0, "2")]);
        Assert.Equal("abc1def", Encoding.UTF8.GetString(text));
        Assert.Equal(1, applied);
    }

    private static Fix Fix(int start, int length, string text) => new("fix", [new TextEdit(new TextSpan(start, length), text)]);
}
