using System.Globalization;
using System.Text;
using Pavillon.Assessment;
using Pavillon.Model;

namespace Pavillon.Reporting.Html;

/// <summary>
/// The <c>html</c> format: one self-contained page (no request of any kind when opened: inline style, inline
/// SVG flags and charts, a content security policy that forbids every source). Summary, charts, a sortable
/// table of organisations, and per organisation its dependencies with flags, verdicts and evidence, folded.
/// Readable without script; printable.
/// </summary>
public sealed partial class HtmlRenderer : IReportRenderer
{
    private readonly FlagLibrary? _flags;
    private readonly Func<string, CountryName>? _names;

    /// <summary>A renderer with the shipped flags (data/flags) and country names (data/policy/countries.yaml).</summary>
    public HtmlRenderer()
    {
    }

    /// <param name="flags">The flags to inline; countries without one are shown by their code.</param>
    /// <param name="names">Country names by ISO code.</param>
    public HtmlRenderer(FlagLibrary flags, Func<string, CountryName> names)
    {
        _flags = flags;
        _names = names;
    }

    /// <inheritdoc/>
    public string Format => "html";

    /// <inheritdoc/>
    public void Render(ScanResult result, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var page = new Page(result, options, _flags ?? FlagLibrary.Default, _names ?? DefaultNames());
        output.Write(page.Render());
    }

    private static Func<string, CountryName> DefaultNames()
    {
        try
        {
            return PolicyData.Default.CountryName;
        }
        catch (PolicyException)
        {
            return CountryName.FromCode;
        }
    }

    /// <summary>One rendering: collects the flags it uses while writing the body, then writes them once as a sprite.</summary>
    private sealed partial class Page(ScanResult result, ReportOptions options, FlagLibrary flags, Func<string, CountryName> names)
    {
        private readonly ReportText _text = ReportText.For(options.Language);
        private readonly VerdictText _verdict = VerdictText.For(options.Language);
        private readonly HtmlText _html = HtmlText.For(options.Language);
        private readonly bool _french = options.Language == ReportLanguage.Fr;
        private readonly SortedSet<string> _usedFlags = new(StringComparer.Ordinal);

        public string Render()
        {
            var body = new StringBuilder();
            WriteHeader(body);
            body.Append("<main id=\"content\">");
            WriteSummary(body);
            WriteCharts(body);
            WriteGroups(body);
            WriteTable(body);
            WriteDetails(body);
            body.Append("</main>");
            WriteFooter(body);

            var page = new StringBuilder();
            page.Append("<!DOCTYPE html>\n");
            page.Append(CultureInfo.InvariantCulture, $"<html lang=\"{_html.Lang}\">\n<head>\n<meta charset=\"utf-8\">\n");
            page.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlAssets.ContentSecurityPolicy}\">\n");
            page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            page.Append("<meta name=\"referrer\" content=\"no-referrer\">\n");
            page.Append(CultureInfo.InvariantCulture, $"<title>{HtmlMarkup.Escape(_text.Title)}</title>\n");
            page.Append("<style>\n").Append(HtmlAssets.Css).Append("\n</style>\n</head>\n<body>\n");
            page.Append(CultureInfo.InvariantCulture, $"<a class=\"skip\" href=\"#content\">{HtmlMarkup.Escape(_html.SkipLink)}</a>\n");
            WriteSprite(page);
            page.Append(body).Append('\n');
            page.Append("<script>\n").Append(HtmlAssets.Script).Append("\n</script>\n</body>\n</html>\n");
            return page.ToString();
        }

        private void WriteSprite(StringBuilder page)
        {
            var symbols = _usedFlags.Select(flags.SymbolOf).OfType<string>().ToList();
            page.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\" focusable=\"false\">\n");
            foreach (var symbol in symbols)
            {
                page.Append(symbol).Append('\n');
            }

            page.Append("</svg>\n");
        }

        private void WriteHeader(StringBuilder body)
        {
            body.Append("<header>");
            body.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlMarkup.Escape(_text.Title)}</h1>");
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{HtmlMarkup.Escape(ReportFormatting.ScanLine(result, _text))}</p>");
            if (result.Assessment is { } assessment)
            {
                body.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{HtmlMarkup.Escape(VerdictFormatting.PolicyLine(assessment, _text, _verdict, options.Language))}.</p>");
            }

            body.Append(CultureInfo.InvariantCulture, $"<nav aria-label=\"{HtmlMarkup.Escape(_html.Contents)}\"><ul>");
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#summary\">{HtmlMarkup.Escape(_html.Summary)}</a></li>");
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#charts\">{HtmlMarkup.Escape(_html.Charts)}</a></li>");
            if (result.Assessment is not null)
            {
                body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#groups\">{HtmlMarkup.Escape(_verdict.GroupsTitle)}</a></li>");
            }

            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#organisations\">{HtmlMarkup.Escape(_html.Table)}</a></li>");
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#details\">{HtmlMarkup.Escape(_html.Details)}</a></li>");
            body.Append("</ul></nav></header>");
        }

        private void WriteSummary(StringBuilder body)
        {
            var scores = result.Organisations.Select(organisation => organisation.Assessment?.Score).OfType<int>().ToList();
            var verdicts = result.Organisations.SelectMany(organisation => organisation.Assessment?.Dependencies ?? []).ToList();
            var dependencies = result.Organisations.Sum(organisation => organisation.Dependencies.Count);
            body.Append(CultureInfo.InvariantCulture, $"<section id=\"summary\" aria-labelledby=\"summary-title\"><h2 id=\"summary-title\">{HtmlMarkup.Escape(_html.Summary)}</h2><div class=\"cards\">");
            Card(body, result.Organisations.Count.ToString(CultureInfo.InvariantCulture), _html.OrganisationsAudited);
            if (scores.Count > 0)
            {
                Card(body, VerdictFormatting.Decimal(Math.Round(scores.Average(), 1, MidpointRounding.AwayFromZero), options.Language) + "/100", _html.MeanScore);
            }

            Card(body, dependencies.ToString(CultureInfo.InvariantCulture), _html.DependenciesFound);
            if (verdicts.Count > 0)
            {
                Card(body, VerdictFormatting.Percent((double)verdicts.Count(verdict => verdict.Accepted) / verdicts.Count, options.Language), _html.DependenciesAccepted);
            }

            body.Append("</div></section>");
        }

        private static void Card(StringBuilder body, string value, string label) =>
            body.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><strong>{HtmlMarkup.Escape(value)}</strong>{HtmlMarkup.Escape(label)}</div>");

        /// <summary>A flag with the country's code beside it, named for screen readers; the code alone when no flag is shipped.</summary>
        private string Flag(string? code)
        {
            if (code is null)
            {
                return string.Empty;
            }

            var name = CountryLabel(code);
            if (!flags.Has(code))
            {
                return $"<abbr class=\"code\" title=\"{HtmlMarkup.Escape(name)}\">{HtmlMarkup.Escape(code)}</abbr>";
            }

            _usedFlags.Add(code);
            var label = string.Format(CultureInfo.InvariantCulture, _html.FlagOf, name);
            return $"<svg class=\"flag\" role=\"img\" aria-label=\"{HtmlMarkup.Escape(label)}\"><use href=\"#flag-{code.ToLowerInvariant()}\"/></svg><span class=\"code\" aria-hidden=\"true\">{HtmlMarkup.Escape(code)}</span>";
        }

        private string CountryLabel(string code) => code switch
        {
            JurisdictionColours.Self => _verdict.SelfHostedShort,
            JurisdictionColours.Unknown => _verdict.UnknownShort,
            _ => _french ? names(code).Fr : names(code).En,
        };

        private string Badge(Rating rating) =>
            $"<span class=\"badge r-{KebabNames.Of(rating)}\">{HtmlMarkup.Escape(_verdict.Ratings[rating])}</span>";

        private static string ScoreBadge(int? score) => score is { } value
            ? string.Create(CultureInfo.InvariantCulture, $"<span class=\"score {(value >= 70 ? "score-high" : value >= 40 ? "score-mid" : "score-low")}\">{value}</span>")
            : "—";
    }
}
