using System.Collections.Immutable;
using System.Text;
using System.Xml;

namespace JitLint.Core.Model.Plist;

/// <summary>
/// Reads an XML property list. A profile comes from whoever uploaded it, so the XML reader never resolves
/// anything: the DOCTYPE is skipped, not parsed, nothing is fetched, and an entity it declares stays undeclared.
/// </summary>
internal sealed partial class XmlPlistReader
{
    /// <summary>Profiles are kilobytes; far more than that is an attack, not a profile.</summary>
    private const int MaxCharactersInDocument = 16 * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharactersInDocument,
        // 0 would mean "no limit". With the DTD ignored no entity is ever declared, so any expansion is an attack.
        MaxCharactersFromEntities = 1,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private readonly XmlReader _reader;
    private readonly IXmlLineInfo _lineInfo;
    private string? _error;

    private XmlPlistReader(XmlReader reader)
    {
        _reader = reader;
        // The readers that XmlReader.Create makes always know their line and position.
        _lineInfo = (IXmlLineInfo)reader;
    }

    public static PlistReadResult Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var reader = HasByteOrderMark(bytes)
                ? XmlReader.Create(new StreamReader(stream, detectEncodingFromByteOrderMarks: true), Settings)
                : XmlReader.Create(stream, Settings);
            return new XmlPlistReader(reader).ReadDocument();
        }
        catch (XmlException exception)
        {
            return PlistReadResult.Failure($"the XML cannot be read: {exception.Message}");
        }
    }

    /// <summary>
    /// A byte order mark decides the encoding, even against the declaration, as it does for JitLint's JSON: a
    /// profile saved as "Unicode" in Notepad still says encoding="UTF-8", which would make the XML reader fail.
    /// </summary>
    internal static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] || bytes.StartsWith("\uFEFF"u8);

    private PlistReadResult ReadDocument()
    {
        _reader.MoveToContent();
        var root = _reader.Name == "plist" ? ReadPlistElement() : ReadValue(depth: 0);
        if (root is null)
        {
            return PlistReadResult.Failure(_error!);
        }

        // Let the XML reader check the rest, such as a second root element or an unclosed comment.
        while (_reader.Read())
        {
        }

        return PlistReadResult.Success(root);
    }

    /// <summary>The usual wrapper, though Core Foundation also reads a bare value.</summary>
    private PlistValue? ReadPlistElement()
    {
        var where = Where();
        if (_reader.IsEmptyElement)
        {
            return Fail(where, "<plist> holds no value");
        }

        _reader.Read();
        if (!NextChild("plist", out var isElement))
        {
            return null;
        }

        if (!isElement)
        {
            return Fail(where, "<plist> holds no value");
        }

        var value = ReadValue(depth: 0);
        if (value is null || !NextChild("plist", out isElement))
        {
            return null;
        }

        return isElement ? Fail(Where(), "<plist> holds more than one value") : value;
    }

    /// <summary>Reads the element the reader is on, and moves past it.</summary>
    private PlistValue? ReadValue(int depth)
    {
        var where = Where();
        var name = _reader.Name;
        switch (name)
        {
            case "dict":
                return depth < PlistReader.MaxDepth ? ReadDictionary(depth + 1) : TooDeep(where);
            case "array":
                return depth < PlistReader.MaxDepth ? ReadArray(depth + 1) : TooDeep(where);
            case "string":
                return ReadText(name) is { } text ? new PlistString(text) : null;
            case "true" or "false":
                return ReadText(name) is not { } content ? null
                    : content.Trim(' ', '\t', '\r', '\n').Length == 0 ? new PlistBoolean(name == "true")
                    : Fail(where, $"<{name}/> holds text; it must be empty");
            case "integer":
                return ReadScalar(where, name, PlistText.ParseInteger, "an integer");
            case "real":
                return ReadScalar(where, name, PlistText.ParseReal, "a number");
            case "date":
                return ReadScalar(where, name, PlistText.ParseDate, "a date of the form 2001-01-01T00:00:00Z");
            case "data":
                return ReadScalar(where, name, PlistText.ParseData, "base64");
            case "key":
                return Fail(where, "<key> is outside a <dict>");
            default:
                return Fail(where, $"<{name}> is not a property list element");
        }
    }

    private PlistValue? ReadScalar(string where, string name, Func<string, PlistValue?> parse, string expected)
    {
        if (ReadText(name) is not { } text)
        {
            return null;
        }

        return parse(text) ?? Fail(where, $"<{name}> holds \"{Shorten(text)}\", which is not {expected}");
    }

    /// <summary>
    /// The text of the element the reader is on, moving past it; null (with the error set) when it holds an
    /// element. Done by hand rather than with ReadElementContentAsString, whose error would not say which element.
    /// </summary>
    private string? ReadText(string name)
    {
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            return string.Empty;
        }

        var text = new StringBuilder();
        while (_reader.Read() && _reader.NodeType != XmlNodeType.EndElement)
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                Fail(Where(), $"<{name}> holds the element <{_reader.Name}>; it may only hold text");
                return null;
            }

            text.Append(_reader.Value);
        }

        _reader.Read();
        return text.ToString();
    }

    private PlistValue? TooDeep(string where) => Fail(where, PlistReader.TooDeep);

    private string Where() => $"line {_lineInfo.LineNumber}, position {_lineInfo.LinePosition}";

    private PlistValue? Fail(string where, string message)
    {
        _error = $"{where}: {message}";
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
