using System.Globalization;
using System.Net;
using System.Text;

namespace JitLint.Core.Reporting.Html;

/// <summary>
/// A small horizontal bar chart as inline SVG: no script, no fonts to fetch. The numbers are written beside
/// the bars and the same counts are in a table next to it, so the chart is never the only way to read them.
/// </summary>
internal static class HtmlBarChart
{
    private const int LabelWidth = 130;
    private const int BarWidth = 300;
    private const int RowHeight = 24;

    /// <param name="bars">Label, count and the CSS class that colours the bar.</param>
    public static void Append(StringBuilder html, string title, IReadOnlyList<(string Label, int Count, string Class)> bars)
    {
        var max = Math.Max(1, bars.Max(bar => bar.Count));
        var height = bars.Count * RowHeight + 4;
        var id = "chart-" + new string([.. title.Where(char.IsAsciiLetterOrDigit)]).ToLowerInvariant();
        html.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"{id}\" width=\"{LabelWidth + BarWidth + 50}\" height=\"{height}\" viewBox=\"0 0 {LabelWidth + BarWidth + 50} {height}\">");
        html.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}\">{WebUtility.HtmlEncode(title)}: {WebUtility.HtmlEncode(string.Join(", ", bars.Select(bar => $"{bar.Label} {bar.Count}")))}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, count, cssClass) = bars[i];
            var y = i * RowHeight + 2;
            var width = count == 0 ? 0 : Math.Max(2, count * BarWidth / max);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\">{WebUtility.HtmlEncode(label)}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{width}\" height=\"{RowHeight - 8}\" fill=\"var(--{cssClass})\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + width + 6}\" y=\"{y + 16}\">{count}</text>");
        }

        html.Append("</svg>\n");
    }
}
