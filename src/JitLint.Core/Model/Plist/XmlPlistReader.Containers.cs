using System.Collections.Immutable;
using System.Xml;

namespace JitLint.Core.Model.Plist;

/// <summary>Dictionaries and arrays: the elements that hold other elements.</summary>
internal sealed partial class XmlPlistReader
{
    private PlistValue? ReadDictionary(int depth)
    {
        var entries = ImmutableArray.CreateBuilder<PlistEntry>();
        var isEmpty = _reader.IsEmptyElement;
        _reader.Read();
        while (!isEmpty)
        {
            if (!NextChild("dict", out var isElement))
            {
                return null;
            }

            if (!isElement)
            {
                _reader.Read();
                break;
            }

            var where = Where();
            if (_reader.Name != "key")
            {
                return Fail(where, $"<dict> holds <{_reader.Name}> where a <key> should be");
            }

            if (ReadText("key") is not { } key || !NextChild("dict", out isElement))
            {
                return null;
            }

            if (!isElement)
            {
                return Fail(where, $"the key \"{Shorten(key)}\" has no value");
            }

            if (ReadValue(depth) is not { } value)
            {
                return null;
            }

            entries.Add(new PlistEntry(key, value));
        }

        return new PlistDictionary(entries.DrainToImmutable());
    }

    private PlistArray? ReadArray(int depth)
    {
        var items = ImmutableArray.CreateBuilder<PlistValue>();
        var isEmpty = _reader.IsEmptyElement;
        _reader.Read();
        while (!isEmpty)
        {
            if (!NextChild("array", out var isElement))
            {
                return null;
            }

            if (!isElement)
            {
                _reader.Read();
                break;
            }

            if (ReadValue(depth) is not { } item)
            {
                return null;
            }

            items.Add(item);
        }

        return new PlistArray(items.DrainToImmutable());
    }

    /// <summary>
    /// Skips white space inside a container and tells whether an element (true) or the container's end tag
    /// (false) follows; returns false with the error set when text follows instead.
    /// </summary>
    private bool NextChild(string container, out bool isElement)
    {
        while (_reader.NodeType is XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
        {
            _reader.Read();
        }

        isElement = _reader.NodeType == XmlNodeType.Element;
        if (isElement || _reader.NodeType == XmlNodeType.EndElement)
        {
            return true;
        }

        Fail(Where(), $"<{container}> holds the text \"{Shorten(_reader.Value)}\" outside any element");
        return false;
    }
}
