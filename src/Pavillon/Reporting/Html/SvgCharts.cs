using System.Globalization;
using System.Text;

namespace Pavillon.Reporting.Html;

/// <summary>Horizontal bar charts drawn as inline SVG: nothing to load, readable in print, labelled for screen readers.</summary>
internal static class SvgCharts
{
    private const int Width = 760;
    private const int LabelWidth = 230;
    private const int BarWidth = 450;
    private const int RowHeight = 30;
    private const int BarHeight = 20;
    private const int MinLabelledSegment = 30;

    /// <summary>Bars of equal length split by share, each segment coloured by its key.</summary>
    /// <param name="id">Unique prefix of the chart's element ids.</param>
    /// <param name="title">Accessible name of the chart.</param>
    /// <param name="description">Accessible description.</param>
    /// <param name="rows">The bars.</param>
    /// <param name="colour">Fill colour of a key.</param>
    /// <param name="name">Human name of a key, for tooltips.</param>
    /// <param name="segmentLabel">Short text drawn inside a wide enough segment.</param>
    /// <param name="language">Language of the percentages.</param>
    public static string Stacked(string id, string title, string description, IReadOnlyList<ChartRow> rows, Func<string, string> colour, Func<string, string> name, Func<string, string> segmentLabel, ReportLanguage language)
    {
        var svg = Open(id, title, description, rows.Count);
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            var y = 6 + (index * RowHeight);
            Label(svg, row, y);
            var total = row.Segments.Sum(segment => segment.Count);
            double x = LabelWidth;
            foreach (var segment in row.Segments)
            {
                var width = total == 0 ? 0 : (double)BarWidth * segment.Count / total;
                var share = VerdictFormatting.Percent(total == 0 ? 0 : (double)segment.Count / total, language);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.##}\" y=\"{y}\" width=\"{width:0.##}\" height=\"{BarHeight}\" fill=\"{colour(segment.Key)}\" stroke=\"#ffffff\" stroke-width=\"1\"><title>{HtmlMarkup.Escape(row.Label)} — {HtmlMarkup.Escape(name(segment.Key))}: {segment.Count} ({share})</title></rect>");
                if (width >= MinLabelledSegment)
                {
                    var textClass = JurisdictionColours.NeedsDarkText(colour(segment.Key)) ? "inbar dark" : "inbar";
                    svg.Append(CultureInfo.InvariantCulture, $"<text class=\"{textClass}\" x=\"{x + (width / 2):0.##}\" y=\"{y + 14}\" text-anchor=\"middle\" aria-hidden=\"true\">{HtmlMarkup.Escape(segmentLabel(segment.Key))}</text>");
                }

                x += width;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + BarWidth + 8}\" y=\"{y + 14}\">{total}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Bars whose length is the count, the longest filling the width.</summary>
    public static string Bars(string id, string title, string description, IReadOnlyList<ChartRow> rows, string fill)
    {
        var svg = Open(id, title, description, rows.Count);
        var max = Math.Max(1, rows.Max(row => row.Segments.Sum(segment => segment.Count)));
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            var y = 6 + (index * RowHeight);
            Label(svg, row, y);
            var count = row.Segments.Sum(segment => segment.Count);
            var width = (double)BarWidth * count / max;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width:0.##}\" height=\"{BarHeight}\" fill=\"{fill}\"><title>{HtmlMarkup.Escape(row.Label)}: {count}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + width + 6:0.##}\" y=\"{y + 14}\">{count}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, string description, int rows)
    {
        var height = 12 + (rows * RowHeight);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{HtmlMarkup.Escape(title)}</title><desc id=\"{id}-desc\">{HtmlMarkup.Escape(description)}</desc>");
        return svg;
    }

    private static void Label(StringBuilder svg, ChartRow row, int y)
    {
        var textX = 0;
        if (row.Flag is { } flag)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<use href=\"#flag-{flag.ToLowerInvariant()}\" x=\"0\" y=\"{y + 3}\" width=\"19\" height=\"14\"/>");
            textX = 25;
        }

        var label = row.Label.Length > 30 ? row.Label[..29] + "…" : row.Label;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{textX}\" y=\"{y + 14}\">{HtmlMarkup.Escape(label)}</text>");
    }
}
