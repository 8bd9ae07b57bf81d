using System.Globalization;
using System.Text;
using Pavillon.Model;

namespace Pavillon.Reporting.Html;

public sealed partial class HtmlRenderer
{
    private sealed partial class Page
    {
        private JurisdictionColours? _colours;

        // The jurisdiction a dependency is counted under in charts: its ultimate parent's country.
        private static string KeyOf(Dependency dependency) => dependency.Provider.Id switch
        {
            "self" => JurisdictionColours.Self,
            "unknown" => JurisdictionColours.Unknown,
            _ => dependency.Provider.Jurisdiction ?? JurisdictionColours.Unknown,
        };

        private JurisdictionColours Colours => _colours ??= new JurisdictionColours(result.Organisations
            .SelectMany(organisation => organisation.Dependencies)
            .Select(KeyOf)
            .GroupBy(key => key, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key),
            result.Organisations.Select(organisation => organisation.Organisation.HomeCountry).FirstOrDefault() ?? "FR");

        private void WriteCharts(StringBuilder body)
        {
            body.Append(CultureInfo.InvariantCulture, $"<section id=\"charts\" aria-labelledby=\"charts-title\"><h2 id=\"charts-title\">{HtmlMarkup.Escape(_html.Charts)}</h2>");
            var dependencies = result.Organisations.SelectMany(organisation => organisation.Dependencies).ToList();
            if (dependencies.Count == 0)
            {
                body.Append(CultureInfo.InvariantCulture, $"<p>{HtmlMarkup.Escape(_text.NoDependency)}</p></section>");
                return;
            }

            var byKind = dependencies
                .GroupBy(dependency => dependency.Service)
                .OrderBy(group => group.Key)
                .Select(group => new ChartRow(_text.Services[group.Key], Segments(group.Select(KeyOf))))
                .ToList();
            WriteStacked(body, "chart-kinds", _html.ByKindTitle, _html.ByKindDescription, byKind);

            if (result.Assessment is { } assessment)
            {
                var byGroup = new List<ChartRow>();
                foreach (var group in VerdictFormatting.Ranked(assessment))
                {
                    foreach (var share in group.Services.Where(share => VerdictFormatting.HeadlineKinds.Contains(share.Service)))
                    {
                        var label = $"{(group.Group.Length > 0 ? group.Group : _text.NoGroup)} — {_text.Services[share.Service]}";
                        byGroup.Add(new ChartRow(label, [.. share.Jurisdictions.Select(jurisdiction => new ChartSegment(jurisdiction.Jurisdiction, jurisdiction.Organisations))]));
                    }
                }

                if (byGroup.Count > 0)
                {
                    WriteStacked(body, "chart-groups", _html.ByGroupTitle, _html.ByGroupDescription, byGroup);
                }
            }

            var providers = result.Organisations
                .SelectMany(organisation => organisation.Dependencies
                    .Where(dependency => dependency.Provider.Id is not ("self" or "unknown"))
                    .Select(dependency => dependency.Provider)
                    .DistinctBy(provider => provider.Id, StringComparer.Ordinal))
                .GroupBy(provider => provider.Id, StringComparer.Ordinal)
                .Select(group => (Provider: group.First(), Count: group.Count()))
                .OrderByDescending(entry => entry.Count)
                .ThenBy(entry => entry.Provider.Name, StringComparer.Ordinal)
                .Take(10)
                .ToList();
            if (providers.Count > 0)
            {
                var rows = providers.Select(entry => new ChartRow(
                    AuditFormatter.DisplayName(entry.Provider),
                    [new ChartSegment(entry.Provider.Jurisdiction ?? JurisdictionColours.Unknown, entry.Count)],
                    entry.Provider.Jurisdiction is { } code && flags.Has(code) ? code : null)).ToList();
                foreach (var row in rows.Where(row => row.Flag is not null))
                {
                    _usedFlags.Add(row.Flag!);
                }

                body.Append(CultureInfo.InvariantCulture, $"<figure><figcaption>{HtmlMarkup.Escape(_html.ProvidersTitle)}</figcaption><p>{HtmlMarkup.Escape(_html.ProvidersDescription)}</p>");
                body.Append(SvgCharts.Bars("chart-providers", _html.ProvidersTitle, _html.ProvidersDescription, rows, "#1d4e89"));
                body.Append(CultureInfo.InvariantCulture, $"<details><summary>{HtmlMarkup.Escape(_html.ChartData)}</summary><table><thead><tr><th scope=\"col\">{HtmlMarkup.Escape(_html.Provider)}</th><th scope=\"col\">{HtmlMarkup.Escape(_html.Jurisdiction)}</th><th scope=\"col\" class=\"num\">{HtmlMarkup.Escape(_verdict.Organisations)}</th></tr></thead><tbody>");
                foreach (var (provider, count) in providers)
                {
                    body.Append(CultureInfo.InvariantCulture, $"<tr><td>{HtmlMarkup.Escape(AuditFormatter.DisplayName(provider))}</td><td>{Flag(provider.Jurisdiction)}</td><td class=\"num\">{count}</td></tr>");
                }

                body.Append("</tbody></table></details></figure>");
            }

            body.Append("</section>");
        }

        private static List<ChartSegment> Segments(IEnumerable<string> keys) =>
            [.. keys.GroupBy(key => key, StringComparer.Ordinal)
                .Select(group => new ChartSegment(group.Key, group.Count()))
                .OrderByDescending(segment => segment.Count)
                .ThenBy(segment => segment.Key, StringComparer.Ordinal)];

        private void WriteStacked(StringBuilder body, string id, string title, string description, List<ChartRow> rows)
        {
            body.Append(CultureInfo.InvariantCulture, $"<figure><figcaption>{HtmlMarkup.Escape(title)}</figcaption><p>{HtmlMarkup.Escape(description)}</p>");
            body.Append(SvgCharts.Stacked(id, title, description, rows, Colours.Of, CountryLabel, key => key is JurisdictionColours.Self or JurisdictionColours.Unknown ? CountryLabel(key) : key, options.Language));
            var keys = rows.SelectMany(row => row.Segments).Select(segment => segment.Key).Distinct(StringComparer.Ordinal)
                .OrderBy(key => key is JurisdictionColours.Self or JurisdictionColours.Unknown).ThenBy(key => key, StringComparer.Ordinal).ToList();
            body.Append(CultureInfo.InvariantCulture, $"<ul class=\"legend\" aria-label=\"{HtmlMarkup.Escape(_html.Legend)}\">");
            foreach (var key in keys)
            {
                var flag = key is JurisdictionColours.Self or JurisdictionColours.Unknown ? string.Empty : Flag(key) + " ";
                body.Append(CultureInfo.InvariantCulture, $"<li><span class=\"swatch\" style=\"background:{Colours.Of(key)}\"></span>{flag}{HtmlMarkup.Escape(CountryLabel(key))}</li>");
            }

            body.Append("</ul>");
            body.Append(CultureInfo.InvariantCulture, $"<details><summary>{HtmlMarkup.Escape(_html.ChartData)}</summary><table><thead><tr><th scope=\"col\"></th><th scope=\"col\">{HtmlMarkup.Escape(_html.Jurisdiction)}</th><th scope=\"col\" class=\"num\">{HtmlMarkup.Escape(_html.Count)}</th><th scope=\"col\" class=\"num\">{HtmlMarkup.Escape(_html.Share)}</th></tr></thead><tbody>");
            foreach (var row in rows)
            {
                var total = row.Segments.Sum(segment => segment.Count);
                foreach (var segment in row.Segments)
                {
                    var share = VerdictFormatting.Percent(total == 0 ? 0 : (double)segment.Count / total, options.Language);
                    body.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{HtmlMarkup.Escape(row.Label)}</th><td>{HtmlMarkup.Escape(CountryLabel(segment.Key))}</td><td class=\"num\">{segment.Count}</td><td class=\"num\">{share}</td></tr>");
                }
            }

            body.Append("</tbody></table></details></figure>");
        }

        private void WriteGroups(StringBuilder body)
        {
            if (result.Assessment is not { } assessment)
            {
                return;
            }

            body.Append(CultureInfo.InvariantCulture, $"<section id=\"groups\" aria-labelledby=\"groups-title\"><h2 id=\"groups-title\">{HtmlMarkup.Escape(_verdict.GroupsTitle)}</h2>");
            body.Append("<table><thead><tr>");
            body.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" class=\"num\">{HtmlMarkup.Escape(_verdict.Rank)}</th><th scope=\"col\">{HtmlMarkup.Escape(_text.Group)}</th><th scope=\"col\" class=\"num\">{HtmlMarkup.Escape(_verdict.Organisations)}</th><th scope=\"col\" class=\"num\">{HtmlMarkup.Escape(_verdict.MeanScore)}</th>");
            foreach (var kind in VerdictFormatting.HeadlineKinds)
            {
                body.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{HtmlMarkup.Escape(_text.Services[kind])}</th>");
            }

            body.Append("</tr></thead><tbody>");
            foreach (var group in VerdictFormatting.Ranked(assessment))
            {
                var name = group.Group.Length > 0 ? group.Group : _text.NoGroup;
                var mean = group.MeanScore is { } value ? VerdictFormatting.Decimal(value, options.Language) : _verdict.NotScored;
                body.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{group.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—"}</td><th scope=\"row\">{HtmlMarkup.Escape(name)}</th><td class=\"num\">{group.Organisations}</td><td class=\"num\">{HtmlMarkup.Escape(mean)}</td>");
                foreach (var kind in VerdictFormatting.HeadlineKinds)
                {
                    var share = group.Services.FirstOrDefault(service => service.Service == kind);
                    var cell = share is null
                        ? "—"
                        : string.Join(", ", share.Jurisdictions.Select(jurisdiction => $"{ShareLabel(jurisdiction.Jurisdiction)} {VerdictFormatting.Percent(jurisdiction.Share, options.Language)}"));
                    body.Append(CultureInfo.InvariantCulture, $"<td>{cell}</td>");
                }

                body.Append("</tr>");
            }

            body.Append("</tbody></table></section>");
        }

        private string ShareLabel(string key) => key is JurisdictionColours.Self or JurisdictionColours.Unknown
            ? HtmlMarkup.Escape(CountryLabel(key))
            : Flag(key);

        private void WriteTable(StringBuilder body)
        {
            body.Append(CultureInfo.InvariantCulture, $"<section id=\"organisations\" aria-labelledby=\"organisations-title\"><h2 id=\"organisations-title\">{HtmlMarkup.Escape(_html.Table)}</h2>");
            body.Append("<table class=\"sortable\"><thead><tr>");
            var columns = new (string Name, bool Numeric)[]
            {
                (_text.Organisation, false), (_text.Group, false), (_text.Status, false), (_verdict.Score, true),
                (_text.Hosting, false), (_text.Email, false), (_text.Services[ServiceKind.Dns], false), (_text.Social, false),
            };
            foreach (var (name, numeric) in columns)
            {
                var label = string.Format(CultureInfo.InvariantCulture, _html.SortBy, name);
                body.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"{(numeric ? " class=\"num\"" : string.Empty)}><button type=\"button\" aria-label=\"{HtmlMarkup.Escape(label)}\">{HtmlMarkup.Escape(name)}</button></th>");
            }

            body.Append("</tr></thead><tbody>");
            var index = 0;
            foreach (var organisation in result.Organisations)
            {
                index++;
                var observed = organisation.Status is OrganisationStatus.Ok or OrganisationStatus.Partial;
                var score = organisation.Assessment?.Score;
                body.Append("<tr>");
                body.Append(CultureInfo.InvariantCulture, $"<th scope=\"row\" data-sort=\"{HtmlMarkup.Escape(organisation.Organisation.Name)}\"><a href=\"#org-{index}\">{HtmlMarkup.Escape(organisation.Organisation.Name)}</a></th>");
                body.Append(CultureInfo.InvariantCulture, $"<td>{HtmlMarkup.Escape(organisation.Organisation.Group)}</td>");
                body.Append(CultureInfo.InvariantCulture, $"<td>{HtmlMarkup.Escape(_text.Statuses[organisation.Status])}</td>");
                body.Append(CultureInfo.InvariantCulture, $"<td class=\"num\" data-sort=\"{score?.ToString(CultureInfo.InvariantCulture) ?? "-1"}\">{ScoreBadge(score)}</td>");
                body.Append(CultureInfo.InvariantCulture, $"<td>{(observed ? Entry(AuditSummary.Hosting(organisation)) : "—")}</td>");
                body.Append(CultureInfo.InvariantCulture, $"<td>{(observed ? Entries(AuditSummary.Email(organisation), _text.NoMx) : "—")}</td>");
                var dns = organisation.Dependencies.Where(dependency => dependency.Service == ServiceKind.Dns)
                    .DistinctBy(dependency => dependency.Provider.Id, StringComparer.Ordinal)
                    .Select(dependency => new AuditEntry(dependency.Provider, null, dependency.Provider.Id == AuditSummary.SelfId)).ToList();
                body.Append(CultureInfo.InvariantCulture, $"<td>{(observed ? Entries(dns, _text.Unknown) : "—")}</td>");
                body.Append(CultureInfo.InvariantCulture, $"<td>{(observed ? Entries(AuditSummary.Social(organisation), _text.None) : "—")}</td>");
                body.Append("</tr>");
            }

            body.Append("</tbody></table></section>");
        }

        private string Entries(IReadOnlyList<AuditEntry> entries, string whenEmpty) =>
            entries.Count == 0 ? HtmlMarkup.Escape(whenEmpty) : string.Join(", ", entries.Select(Entry));

        /// <summary>"OVHcloud [flag] FR", "self-hosted", "unknown (servers in [flag] DE)".</summary>
        private string Entry(AuditEntry entry)
        {
            if (entry.SelfHosted)
            {
                return HtmlMarkup.Escape(_text.SelfHosted);
            }

            if (entry.Provider is null || entry.Provider.Id == AuditSummary.UnknownId)
            {
                return HtmlMarkup.Escape(_text.Unknown);
            }

            var text = HtmlMarkup.Escape(AuditFormatter.DisplayName(entry.Provider));
            if (entry.Provider.Jurisdiction is { } jurisdiction)
            {
                text += " " + Flag(jurisdiction);
            }

            if (entry.Hint)
            {
                return $"{HtmlMarkup.Escape(_text.MailboxHint)} {text} <span class=\"meta\">({HtmlMarkup.Escape(_text.WeakHint)})</span>";
            }

            if (entry.Location is { } location && location != entry.Provider.Jurisdiction)
            {
                text += $" <span class=\"meta\">({HtmlMarkup.Escape(_text.ServersIn)} {Flag(location)})</span>";
            }

            return text;
        }
    }
}
