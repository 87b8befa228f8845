using System.Text;

namespace JitLint.Core.Reporting;

/// <summary>Makes any text (a message, a path, a rule title) show literally in GitHub Flavored Markdown.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Backslash-escapes what could start emphasis, code, links, tables, HTML, entities, strikethrough or math
    /// (CommonMark lets any ASCII punctuation be escaped), and turns line breaks into spaces so that the text
    /// stays inside its table cell. Escaping &lt; and &amp; also means no HTML tag or entity survives.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '$':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' or '\n':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
