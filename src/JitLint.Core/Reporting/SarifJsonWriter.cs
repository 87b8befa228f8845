using System.Buffers;
using System.Text;
using System.Text.Json;

namespace JitLint.Core.Reporting;

/// <summary>
/// <see cref="Utf8JsonWriter"/> with string values escaped as the SARIF SDK's serialiser (Newtonsoft.Json) escapes
/// them, so that a log keeps its bytes: Utf8JsonWriter's encoders escape non-ASCII text that Newtonsoft writes as it
/// is, and refuse the lone surrogates that Newtonsoft writes as U+FFFD. Property names are JitLint's own constants,
/// in ASCII, which both write alike.
/// </summary>
internal sealed class SarifJsonWriter : IDisposable
{
    /// <summary>The writer holds what it writes until flushed: a log is handed on in pieces of about this size.</summary>
    private const int FlushThreshold = 32 * 1024;

    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(code => (char)code), '"', '\\', '\u0085', '\u2028', '\u2029']);

    private readonly Utf8JsonWriter writer;
    private readonly Stream? log;
    private byte[] quoted = new byte[256];
    private byte[] line = [];

    /// <summary>The indented log, written to <paramref name="output"/> in pieces as it grows.</summary>
    public SarifJsonWriter(Stream output)
    {
        log = output;
        writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, SkipValidation = true });
    }

    /// <summary>Compact JSON, as the SDK writes a result.</summary>
    public SarifJsonWriter(IBufferWriter<byte> output) =>
        writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true });

    public void Reset(IBufferWriter<byte> output) => writer.Reset(output);

    public void WriteStartObject() => writer.WriteStartObject();

    public void WriteStartObject(string name) => writer.WriteStartObject(name);

    public void WriteEndObject()
    {
        writer.WriteEndObject();
        FlushWhenFull();
    }

    public void WriteStartArray(string name) => writer.WriteStartArray(name);

    public void WriteEndArray() => writer.WriteEndArray();

    public void WriteNumber(string name, int value) => writer.WriteNumber(name, value);

    public void WriteString(string name, string value)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(Quote(value), skipInputValidation: true);
    }

    public void WriteStringIfPresent(string name, string? value)
    {
        if (value is not null)
        {
            WriteString(name, value);
        }
    }

    /// <summary>For the properties the SDK leaves out when blank: a tool component's name, a multiformat string's text.</summary>
    public void WriteStringUnlessBlank(string name, string value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            WriteString(name, value);
        }
    }

    /// <summary>A SARIF message or multiformat string of plain text.</summary>
    public void WriteMessage(string name, string text)
    {
        writer.WriteStartObject(name);
        WriteString("text", text);
        writer.WriteEndObject();
    }

    /// <summary>A property bag's array: the SDK keeps a bag's values as serialised JSON and writes them as they are, compact.</summary>
    public void WriteStringArray(string name, IEnumerable<string> values)
    {
        var array = new ArrayBufferWriter<byte>();
        array.Write("["u8);
        foreach (var value in values)
        {
            if (array.WrittenCount > 1)
            {
                array.Write(","u8);
            }

            array.Write(Quote(value));
        }

        array.Write("]"u8);
        writer.WritePropertyName(name);
        writer.WriteRawValue(array.WrittenSpan, skipInputValidation: true);
    }

    /// <summary>
    /// A result, already serialised, on a line of its own in the indented log, as Newtonsoft.Json writes a raw value
    /// there: Utf8JsonWriter would put it right after the comma.
    /// </summary>
    public void WriteResultLine(ReadOnlySpan<byte> json)
    {
        var newLine = Encoding.UTF8.GetByteCount(writer.Options.NewLine);
        var indent = newLine + (writer.CurrentDepth * 2);
        if (line.Length < indent + json.Length)
        {
            line = new byte[Math.Max(indent + json.Length, line.Length * 2)];
        }

        var text = line.AsSpan(0, indent + json.Length);
        Encoding.UTF8.GetBytes(writer.Options.NewLine, text);
        text[newLine..indent].Fill((byte)' ');
        json.CopyTo(text[indent..]);
        writer.WriteRawValue(text, skipInputValidation: true);
        FlushWhenFull();
    }

    /// <summary>Ends the log with a line break, as a text file ends.</summary>
    public void WriteNewLine()
    {
        writer.Flush();
        log?.Write(Encoding.UTF8.GetBytes(writer.Options.NewLine));
    }

    public void Flush() => writer.Flush();

    public void Dispose() => writer.Dispose();

    private void FlushWhenFull()
    {
        if (log is not null && writer.BytesPending > FlushThreshold)
        {
            writer.Flush();
        }
    }

    /// <summary>
    /// <paramref name="value"/> as a JSON string literal, in a buffer reused by the next call: quote, backslash, control
    /// characters, U+0085, U+2028 and U+2029 escaped, everything else as UTF-8 (a lone surrogate as U+FFFD).
    /// </summary>
    private ReadOnlySpan<byte> Quote(string value)
    {
        // A UTF-16 unit takes at most 3 bytes as UTF-8, and at most 6 escaped (\u2028).
        var capacity = (value.Length * 6) + 2;
        if (quoted.Length < capacity)
        {
            quoted = new byte[Math.Max(capacity, quoted.Length * 2)];
        }

        var output = quoted.AsSpan();
        output[0] = (byte)'"';
        var written = 1;
        var rest = value.AsSpan();
        while (true)
        {
            var next = rest.IndexOfAny(Escaped);
            written += Encoding.UTF8.GetBytes(next < 0 ? rest : rest[..next], output[written..]);
            if (next < 0)
            {
                break;
            }

            written += WriteEscape(rest[next], output[written..]);
            rest = rest[(next + 1)..];
        }

        output[written] = (byte)'"';
        return output[..(written + 1)];
    }

    private static int WriteEscape(char c, Span<byte> output)
    {
        var shortForm = c switch
        {
            '"' => (byte)'"',
            '\\' => (byte)'\\',
            '\t' => (byte)'t',
            '\n' => (byte)'n',
            '\r' => (byte)'r',
            '\f' => (byte)'f',
            '\b' => (byte)'b',
            _ => (byte)0,
        };
        output[0] = (byte)'\\';
        if (shortForm != 0)
        {
            output[1] = shortForm;
            return 2;
        }

        output[1] = (byte)'u';
        ((int)c).TryFormat(output[2..], out _, "x4", System.Globalization.CultureInfo.InvariantCulture);
        return 6;
    }
}
