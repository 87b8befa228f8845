using System.Text;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Syntax.Tests;

/// <summary>Nodes are made from the parse's table when first asked for; what a rule sees must not depend on when.</summary>
public sealed class LazyNodeTests
{
    [Fact]
    public void A_property_found_first_is_the_one_listed_later()
    {
        var root = Parse("{\"a\": 1, \"b\": {\"c\": true}}");
        var found = root.GetProperty("b");
        Assert.Same(found, root.Properties[1]);
    }

    [Fact]
    public void A_property_listed_first_is_the_one_found_later()
    {
        var root = Parse("{\"a\": 1, \"b\": {\"c\": true}}");
        var listed = root.Properties[1];
        Assert.Same(listed, root.GetProperty("b"));
    }

    [Fact]
    public void A_property_found_twice_is_one_node()
    {
        var root = Parse("{\"a\": {\"b\": 2}}");
        Assert.Same(root.GetValue("a"), root.GetValue("a"));
    }

    [Fact]
    public void Threads_walking_into_fresh_objects_at_once_get_the_same_properties() =>
        AssertThreadsInStepSeeTheSameNodes(
            "{\"x\": 1}",
            container => ((JsonObjectSyntax)container).GetProperty("x"),
            container => ((JsonObjectSyntax)container).Properties[0]);

    [Fact]
    public void Threads_walking_into_fresh_arrays_at_once_get_the_same_items() =>
        AssertThreadsInStepSeeTheSameNodes(
            "[1]",
            container => ((JsonArraySyntax)container).Items[0],
            container => ((JsonArraySyntax)container).Items[0]);

    [Fact]
    public void An_escaped_name_is_found_by_its_decoded_form()
    {
        var (text, root) = ParseWithText("{\"key2\": 2, \"k\\u0065y\": 1}");
        Assert.Equal("\"k\\u0065y\": 1", text.ToString(root.GetProperty("key")!.Span));
    }

    [Fact]
    public void An_escaped_name_is_not_found_by_its_raw_text()
    {
        var root = Parse("{\"a\\u0062\": 1}");
        Assert.Null(root.GetProperty("a\\u0062"));
    }

    [Fact]
    public void A_name_after_nested_containers_is_found()
    {
        var (text, root) = ParseWithText("{\"o\": {\"z\": [1, {\"z\": 2}]}, \"a\": [[], {}], \"z\": 3}");
        Assert.Equal("3", text.ToString(root.GetValue("z")!.Span));
    }

    [Fact]
    public void A_name_outside_ascii_is_found()
    {
        var (text, root) = ParseWithText("{\"cafe\": 1, \"café\": 2}");
        Assert.Equal("2", text.ToString(root.GetValue("café")!.Span));
    }

    [Fact]
    public void A_name_is_found_only_whole()
    {
        var root = Parse("{\"ab\": 1, \"abc\": 2, \"b\": 3}");
        Assert.Null(root.GetProperty("a"));
    }

    [Fact]
    public void The_first_of_duplicate_names_is_found()
    {
        var (text, root) = ParseWithText("{\"a\": 1, \"a\": 2}");
        Assert.Equal("1", text.ToString(root.GetValue("a")!.Span));
    }

    [Fact]
    public void Empty_containers_have_no_children()
    {
        var root = Parse("{\"o\": {}, \"a\": []}");
        Assert.Equal((0, 0), (((JsonObjectSyntax)root.GetValue("o")!).Properties.Count, ((JsonArraySyntax)root.GetValue("a")!).Items.Count));
    }

    [Fact]
    public void A_number_reads_its_text_as_written()
    {
        var root = Parse("{\"n\": -1.50e+3}");
        Assert.Equal("-1.50e+3", ((JsonNumberSyntax)root.GetValue("n")!).Text);
    }

    [Fact]
    public void An_item_made_late_knows_its_parent_and_index()
    {
        var root = Parse("{\"a\": [10, 20, 30]}");
        var array = (JsonArraySyntax)root.GetValue("a")!;
        Assert.Equal((array, 2, "/a/2"), (array.Items[2].Parent, array.Items[2].IndexInArray, array.Items[2].Pointer));
    }

    /// <summary>Two threads in step over thousands of containers nobody has walked into yet: each one is a race.</summary>
    private static void AssertThreadsInStepSeeTheSameNodes(string container, Func<JsonNodeSyntax, JsonNodeSyntax?> first, Func<JsonNodeSyntax, JsonNodeSyntax?> second)
    {
        var json = "[" + string.Join(", ", Enumerable.Repeat(container, 50_000)) + "]";
        var containers = ((JsonArraySyntax)JsonSyntaxTree.Parse(SourceText.From(json)).Root!).Items;
        var seen = new JsonNodeSyntax?[2][];
        using var start = new Barrier(seen.Length);
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = seen.Length }, thread =>
        {
            start.SignalAndWait();
            seen[thread] = [.. containers.Select(thread == 0 ? first : second)];
        });
        Assert.Equal(seen[0], seen[1], ReferenceEqualityComparer.Instance);
    }

    private static JsonObjectSyntax Parse(string json) => ParseWithText(json).Root;

    private static (SourceText Text, JsonObjectSyntax Root) ParseWithText(string json)
    {
        var text = SourceText.FromUtf8(Encoding.UTF8.GetBytes(json));
        return (text, Assert.IsType<JsonObjectSyntax>(JsonSyntaxTree.Parse(text).Root));
    }
}
