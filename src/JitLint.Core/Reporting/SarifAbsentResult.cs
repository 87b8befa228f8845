using System.Buffers;
using System.Text;
using System.Text.Json;
using JitLint.Core.Engine;

namespace JitLint.Core.Reporting;

/// <summary>
/// A result of the baseline that no longer occurs, copied as the baseline has it (its properties, their order and
/// their escapes), compact, with baselineState "absent" in its SARIF place and the rule's place in this run instead of
/// the baseline's: the rule may have moved, or gone, since. Copied rather than decoded and written again, so that
/// nothing a baseline holds, however another tool or an editor wrote it, can fail the report.
/// </summary>
internal static class SarifAbsentResult
{
    /// <summary>Result properties that SARIF orders after baselineState.</summary>
    private static readonly byte[][] AfterBaselineState =
        [.. new[] { "rank", "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties" }
            .Select(Encoding.UTF8.GetBytes)];

    /// <param name="ruleReference">This run's ruleIndex or rule property, as a result writes it; empty when the rule is gone.</param>
    public static void Write(BaselineResult absent, ReadOnlySpan<byte> ruleReference, IBufferWriter<byte> output)
    {
        var json = Compact(Encoding.UTF8.GetBytes(absent.SarifJson));
        var reader = new Utf8JsonReader(json);
        reader.Read();
        output.Write("{"u8);
        var properties = 0;
        var stateWritten = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = (int)reader.TokenStartIndex;
            var isRuleId = NameIs(ref reader, "ruleId"u8);
            var isReplaced = NameIs(ref reader, "ruleIndex"u8) || NameIs(ref reader, "rule"u8) || NameIs(ref reader, "baselineState"u8);
            var comesAfterState = IsAfterBaselineState(ref reader);
            reader.Read();
            reader.Skip();
            var property = json.AsSpan(nameStart, (int)reader.BytesConsumed - nameStart);
            if (isReplaced)
            {
                continue;
            }

            if (comesAfterState && !stateWritten)
            {
                Append(output, "\"baselineState\":\"absent\""u8, ref properties);
                stateWritten = true;
            }

            Append(output, property, ref properties);
            if (isRuleId && !ruleReference.IsEmpty)
            {
                Append(output, ruleReference, ref properties);
            }
        }

        if (!stateWritten)
        {
            Append(output, "\"baselineState\":\"absent\""u8, ref properties);
        }

        output.Write("}"u8);
    }

    private static bool IsAfterBaselineState(ref Utf8JsonReader reader)
    {
        foreach (var name in AfterBaselineState)
        {
            if (NameIs(ref reader, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Compares a property name as written: SARIF's names need no escapes, and unescaping another name could fail on a
    /// lone surrogate that the copy keeps as it is.
    /// </summary>
    private static bool NameIs(ref Utf8JsonReader reader, ReadOnlySpan<byte> name) => !reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual(name);

    private static void Append(IBufferWriter<byte> output, ReadOnlySpan<byte> property, ref int properties)
    {
        if (properties++ > 0)
        {
            output.Write(","u8);
        }

        output.Write(property);
    }

    /// <summary>The JSON without the white space between its tokens: a pretty-printed result still takes one line.</summary>
    private static byte[] Compact(byte[] json)
    {
        var compact = new byte[json.Length];
        var length = 0;
        var inString = false;
        var escaped = false;
        foreach (var b in json)
        {
            if (inString)
            {
                inString = escaped || b != (byte)'"';
                escaped = !escaped && b == (byte)'\\';
            }
            else if (b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                continue;
            }
            else
            {
                inString = b == (byte)'"';
            }

            compact[length++] = b;
        }

        return compact[..length];
    }
}
