using System.Text;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Syntax.Tests;

public sealed class JsonParserTests
{
    [Fact]
    public void Property_name_span_covers_the_quoted_name()
    {
        var (text, root) = ParseObject("{ \"key\" : \"value\" }");
        var property = Assert.Single(root.Properties);
        Assert.Equal("\"key\"", text.ToString(property.NameSpan));
        Assert.Equal("\"key\" : \"value\"", text.ToString(property.Span));
    }

    [Fact]
    public void A_parse_that_stopped_at_an_error_leaves_nothing_behind_for_the_next()
    {
        Assert.NotNull(JsonSyntaxTree.Parse(SourceText.From("{\"a\": [1, {\"b\": 2,")).Error);

        var (_, root) = ParseObject("{\"c\": [3]}");
        var property = Assert.Single(root.Properties);
        Assert.Equal("c", property.Name);
        Assert.Single(((JsonArraySyntax)property.Value).Items);
    }

    [Fact]
    public void Escaped_property_name_span_covers_the_raw_bytes()
    {
        var (text, root) = ParseObject("{\"k\\u0065y\":1}");
        var property = Assert.Single(root.Properties);
        Assert.Equal("key", property.Name);
        Assert.Equal("\"k\\u0065y\"", text.ToString(property.NameSpan));
    }

    [Fact]
    public void Value_spans_are_exact_for_every_token_kind()
    {
        var (text, root) = ParseObject("{\"s\": \"a\\\"b\", \"n\": -1.5e3, \"t\": true, \"f\": false, \"z\": null, \"a\": [1, {}], \"o\": {\"x\": []}}");
        string[] expected = ["\"a\\\"b\"", "-1.5e3", "true", "false", "null", "[1, {}]", "{\"x\": []}"];
        Assert.Equal(expected, root.Properties.Select(property => text.ToString(property.Value.Span)));
        Assert.Equal("a\"b", ((JsonStringSyntax)root.Properties[0].Value).Value);
        Assert.Equal("-1.5e3", ((JsonNumberSyntax)root.Properties[1].Value).Text);
    }

    [Fact]
    public void Pointers_follow_rfc_6901_with_escapes()
    {
        var (_, root) = ParseObject("{\"a/b\": {\"c~d\": [10, 20]}}");
        var inner = (JsonObjectSyntax)root.Properties[0].Value;
        var array = (JsonArraySyntax)inner.Properties[0].Value;
        Assert.Equal("/a~1b/c~0d/1", array.Items[1].Pointer);
        Assert.Equal("/a~1b/c~0d", inner.Properties[0].Pointer);
        Assert.Equal(string.Empty, root.Pointer);
    }

    [Theory]
    [InlineData("/a~1b/c~0d/1", "20")]
    [InlineData("/a~1b/c~0d", "\"c~d\": [10, 20]")]
    [InlineData("/a~1b/missing/0", "\"a/b\": {\"c~d\": [10, 20]}")]
    [InlineData("/a~1b/c~0d/7", "\"c~d\": [10, 20]")]
    [InlineData("", "{\"a/b\": {\"c~d\": [10, 20]}}")]
    public void Pointers_resolve_to_the_node_or_its_closest_existing_ancestor(string pointer, string expected)
    {
        var (text, root) = ParseObject("{\"a/b\": {\"c~d\": [10, 20]}}");
        Assert.Equal(expected, text.ToString(JsonPointer.ResolveClosest(root, pointer).Span));
    }

    [Fact]
    public void Parents_lead_back_to_the_root()
    {
        var (_, root) = ParseObject("{\"a\": [{\"b\": 1}]}");
        var number = ((JsonObjectSyntax)((JsonArraySyntax)root.Properties[0].Value).Items[0]).Properties[0].Value;
        Assert.Equal(
            [JsonSyntaxKind.Property, JsonSyntaxKind.Object, JsonSyntaxKind.Array, JsonSyntaxKind.Property, JsonSyntaxKind.Object],
            number.Ancestors().Select(node => node.Kind));
    }

    [Fact]
    public void Duplicate_property_names_are_kept_in_order()
    {
        var (_, root) = ParseObject("{\"a\": 1, \"a\": 2}");
        Assert.Equal(["1", "2"], root.Properties.Select(property => ((JsonNumberSyntax)property.Value).Text));
        Assert.Equal("1", ((JsonNumberSyntax)root.GetValue("a")!).Text);
    }

    [Fact]
    public void Nesting_far_deeper_than_the_system_text_json_default_parses()
    {
        var depth = 500;
        var json = string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth));
        var tree = JsonSyntaxTree.Parse(SourceText.From(json));
        Assert.Null(tree.Error);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_a_syntax_error()
    {
        var json = string.Concat(Enumerable.Repeat("[", 11)) + string.Concat(Enumerable.Repeat("]", 11));
        var tree = JsonSyntaxTree.Parse(SourceText.From(json), JsonParserOptions.Default with { MaxDepth = 10 });
        Assert.Equal(new JsonSyntaxError("it nests deeper than the limit of 10 levels", new TextSpan(10, 1), JsonSyntaxErrorKind.DepthLimit), tree.Error);
    }

    [Fact]
    public void A_string_beyond_the_limit_is_reported_at_its_start()
    {
        var tree = JsonSyntaxTree.Parse(SourceText.From("{\"a\": \"0123456789\"}"), JsonParserOptions.Default with { MaxStringLength = 9 });
        Assert.Equal(new JsonSyntaxError("it holds a string of 10 bytes, over the limit of 9", new TextSpan(6, 1), JsonSyntaxErrorKind.StringLengthLimit), tree.Error);
    }

    [Fact]
    public void A_hundred_thousand_levels_of_nesting_are_reported_without_exhausting_the_stack()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);
        Assert.Equal(JsonSyntaxErrorKind.DepthLimit, JsonSyntaxTree.Parse(SourceText.From(json)).Error!.Kind);
    }

    [Theory]
    [InlineData("{\n  \"a\": 1,\n  \"b\" 2\n}", "'2' is invalid after a property name. Expected a ':'.", 2, 6)]
    [InlineData("{\"a\": [1, 2,]}", "The JSON array contains a trailing comma at the end which is not supported in this mode. Change the reader options.", 0, 12)]
    [InlineData("{\n  // comment\n}", "JSON does not allow comments.", 1, 2)]
    [InlineData("{ /* exported */ }", "JSON does not allow comments.", 0, 2)]
    [InlineData("{\"é\": x}", "'x' is an invalid start of a value.", 0, 6)]
    [InlineData("{\"a\": 1 ", "Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.", 0, 8)]
    [InlineData("", "The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true.", 0, 0)]
    public void Syntax_errors_are_reported_at_their_line_and_utf16_column(string json, string message, int line, int column)
    {
        var text = SourceText.From(json);
        var tree = JsonSyntaxTree.Parse(text);
        Assert.Null(tree.Root);
        Assert.Equal(message, tree.Error!.Message);
        Assert.Equal(new LinePosition(line, column), text.GetLinePosition(tree.Error.Span.Start));
    }

    [Theory]
    [InlineData("{\"a\": \"x\\ud800y\"}", 6)]
    [InlineData("{\"\\udc00\": 1}", 1)]
    public void An_escaped_lone_surrogate_is_a_syntax_error_at_its_string(string json, int column)
    {
        var text = SourceText.From(json);
        var error = JsonSyntaxTree.Parse(text).Error!;
        Assert.Equal("The string holds a \\u escape of half a UTF-16 surrogate pair without its other half.", error.Message);
        Assert.Equal(new LinePosition(0, column), text.GetLinePosition(error.Span.Start));
    }

    [Fact]
    public void Syntax_error_positions_hold_for_crlf_files()
    {
        var text = SourceText.From("{\r\n  \"a\": 1,\r\n  \"b\" 2\r\n}");
        var tree = JsonSyntaxTree.Parse(text);
        Assert.Equal(new LinePosition(2, 6), text.GetLinePosition(tree.Error!.Span.Start));
    }

    private static (SourceText Text, JsonObjectSyntax Root) ParseObject(string json)
    {
        var text = SourceText.FromUtf8(Encoding.UTF8.GetBytes(json));
        var tree = JsonSyntaxTree.Parse(text);
        Assert.Null(tree.Error);
        return (text, Assert.IsType<JsonObjectSyntax>(tree.Root));
    }
}
