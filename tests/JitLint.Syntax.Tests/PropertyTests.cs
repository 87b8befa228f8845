using System.Text;
using CsCheck;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Syntax.Tests;

/// <summary>Random and mutated input: the decoder and parser never throw, and every position stays in the text.</summary>
public sealed class PropertyTests
{
    private const string Sample = """
        {
          "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
          "displayName": "Café ☕ 😀",
          "iosSingleSignOnExtension": { "configurations": [ { "key": "device_registration", "value": "{{DEVICEREGISTRATION}}" }, 1, -2.5e3, true, null ] }
        }
        """;

    private static readonly Gen<byte[]> Mutations =
        Gen.Select(Gen.Int[0, Sample.Length], Gen.Int[0, 8], Gen.Byte.Array[0, 6], Mutate);

    private static byte[] Mutate(int at, int cut, byte[] insert)
    {
        var bytes = Encoding.UTF8.GetBytes(Sample);
        at = Math.Min(at, bytes.Length);
        var end = Math.Min(bytes.Length, at + cut);
        return [.. bytes[..at], .. insert, .. bytes[end..]];
    }

    [Fact]
    public void Decoding_random_bytes_never_throws_and_yields_valid_utf8() =>
        Gen.Byte.Array[0, 64].Sample(bytes =>
        {
            var result = SourceText.Decode(bytes);
            Assert.True(result.Succeeded ^ (result.Error is not null));
            Assert.True(result.Text is null || System.Text.Unicode.Utf8.IsValid(result.Text.Utf8.Span));
        }, iter: 2000);

    [Fact]
    public void Parsing_mutated_json_never_throws_and_keeps_every_span_inside_its_parent() =>
        Mutations.Sample(bytes =>
        {
            if (SourceText.Decode(bytes).Text is not { } text)
            {
                return;
            }

            var tree = JsonSyntaxTree.Parse(text);
            if (tree.Error is { } error)
            {
                Assert.InRange(error.Span.End, 0, text.Length);
                return;
            }

            foreach (var node in Nodes(tree.Root!))
            {
                Assert.InRange(node.Span.End, node.Span.Start, text.Length);
                Assert.True(node.Parent is null || node.Parent.Span.Contains(node.Span));
            }
        }, iter: 2000);

    [Fact]
    public void Line_positions_agree_with_a_naive_count_in_utf16_units() =>
        Gen.String[Gen.OneOf('a', 'Z', '7', ' ', '\n', '\r', 'é', '☕'), 0, 40].Sample(value =>
        {
            var text = SourceText.From(value);
            for (var i = 0; i <= value.Length; i++)
            {
                if (i < value.Length && char.IsLowSurrogate(value[i]))
                {
                    continue;
                }

                Assert.Equal(Naive(value, i), text.GetLinePosition(Encoding.UTF8.GetByteCount(value.AsSpan(0, i))));
            }
        }, iter: 1000);

    private static LinePosition Naive(string value, int index)
    {
        var (line, start) = (0, 0);
        for (var i = 0; i < index; i++)
        {
            if (value[i] == '\n' || (value[i] == '\r' && (i + 1 >= value.Length || value[i + 1] != '\n')))
            {
                (line, start) = (line + 1, i + 1);
            }
        }

        return new LinePosition(line, index - start);
    }

    private static IEnumerable<JsonNodeSyntax> Nodes(JsonNodeSyntax node)
    {
        yield return node;
        IEnumerable<JsonNodeSyntax> children = node switch
        {
            JsonObjectSyntax obj => obj.Properties,
            JsonPropertySyntax property => [property.Value],
            JsonArraySyntax array => array.Items,
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Nodes))
        {
            yield return descendant;
        }
    }
}
