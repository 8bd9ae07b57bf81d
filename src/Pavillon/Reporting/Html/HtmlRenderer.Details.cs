using System.Globalization;
using System.Text;
using Pavillon.Model;

namespace Pavillon.Reporting.Html;

public sealed partial class HtmlRenderer
{
    private sealed partial class Page
    {
        private void WriteDetails(StringBuilder body)
        {
            body.Append(CultureInfo.InvariantCulture, $"<section id=\"details\" aria-labelledby=\"details-title\"><h2 id=\"details-title\">{HtmlMarkup.Escape(_html.Details)}</h2>");
            var index = 0;
            foreach (var organisation in result.Organisations)
            {
                index++;
                WriteOrganisation(body, organisation, index);
            }

            body.Append("</section>");
        }

        private void WriteOrganisation(StringBuilder body, OrganisationResult organisation, int index)
        {
            var identity = organisation.Organisation;
            body.Append(CultureInfo.InvariantCulture, $"<article class=\"org\" id=\"org-{index}\" aria-labelledby=\"org-{index}-title\"><header><div>");
            body.Append(CultureInfo.InvariantCulture, $"<h3 id=\"org-{index}-title\">{HtmlMarkup.Escape(identity.Name)}</h3>");
            var group = identity.Group.Length > 0 ? $" · {HtmlMarkup.Escape(identity.Group)}" : string.Empty;
            body.Append(CultureInfo.InvariantCulture, $"<span class=\"meta\">{HtmlMarkup.Escape(identity.Website)}{group} · {HtmlMarkup.Escape(_text.StatusSentences[organisation.Status])}</span></div>");
            if (organisation.Assessment is { Score: { } score })
            {
                body.Append(CultureInfo.InvariantCulture, $"<div>{HtmlMarkup.Escape(_verdict.Score)}{HtmlMarkup.Escape(_text.Colon)}{ScoreBadge(score)}<span class=\"meta\">/100</span></div>");
            }

            body.Append("</header>");
            foreach (var error in organisation.Errors)
            {
                body.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{HtmlMarkup.Escape(ReportFormatting.Error(error, _text))}</p>");
            }

            if (organisation.Status is OrganisationStatus.Ok or OrganisationStatus.Partial)
            {
                body.Append("<ul>");
                body.Append(CultureInfo.InvariantCulture, $"<li>{HtmlMarkup.Escape(_text.Hosting + _text.Colon)}{Entry(AuditSummary.Hosting(organisation))}</li>");
                body.Append(CultureInfo.InvariantCulture, $"<li>{HtmlMarkup.Escape(_text.Email + _text.Colon)}{Entries(AuditSummary.Email(organisation), _text.NoMx)}</li>");
                body.Append(CultureInfo.InvariantCulture, $"<li>{HtmlMarkup.Escape(_text.Social + _text.Colon)}{Entries(AuditSummary.Social(organisation), _text.None)}</li>");
                body.Append("</ul>");
            }

            WriteBreakdown(body, organisation);
            WriteChanges(body, organisation);
            var verdicts = organisation.Assessment?.Dependencies;
            var ordered = organisation.Dependencies.Select((dependency, position) => (Dependency: dependency, Position: position))
                .OrderBy(pair => pair.Dependency.Service);
            foreach (var (dependency, position) in ordered)
            {
                var verdict = verdicts is not null && position < verdicts.Count ? verdicts[position] : null;
                WriteDependency(body, dependency, verdict);
            }

            body.Append("</article>");
        }

        private void WriteBreakdown(StringBuilder body, OrganisationResult organisation)
        {
            if (organisation.Assessment is not { Score: not null } assessment || assessment.Services.Count == 0)
            {
                return;
            }

            body.Append(CultureInfo.InvariantCulture, $"<table><caption class=\"visually-hidden\">{HtmlMarkup.Escape(_verdict.Score)}</caption><thead><tr><th scope=\"col\">{HtmlMarkup.Escape(_html.Service)}</th><th scope=\"col\">{HtmlMarkup.Escape(_html.Rating)}</th><th scope=\"col\" class=\"num\">Points</th><th scope=\"col\" class=\"num\">{HtmlMarkup.Escape(_french ? "Poids" : "Weight")}</th><th scope=\"col\">{HtmlMarkup.Escape(_html.Why)}</th></tr></thead><tbody>");
            foreach (var service in assessment.Services)
            {
                body.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{HtmlMarkup.Escape(_text.Services[service.Service])}</th><td>{Badge(service.Rating)}</td><td class=\"num\">{service.Points}</td><td class=\"num\">{service.Weight}</td><td>{HtmlMarkup.Escape(service.Reason.In(_french))}</td></tr>");
            }

            body.Append("</tbody></table>");
        }

        private void WriteChanges(StringBuilder body, OrganisationResult organisation)
        {
            if (organisation.Assessment is not { Changes.Count: > 0 } assessment)
            {
                return;
            }

            body.Append(CultureInfo.InvariantCulture, $"<p><strong>{HtmlMarkup.Escape(_verdict.ChangesTitle)}</strong></p><ol class=\"changes\">");
            foreach (var change in assessment.Changes)
            {
                var gain = string.Format(CultureInfo.InvariantCulture, _verdict.Gain, change.Gain);
                var name = AuditFormatter.DisplayName(new ProviderRef { Id = change.ProviderId, Name = change.ProviderName });
                var alternatives = change.Alternatives.Count == 0
                    ? HtmlMarkup.Escape(_verdict.NoAlternative)
                    : HtmlMarkup.Escape(_verdict.Alternatives + _text.Colon) + string.Join(", ", change.Alternatives.Select(alternative =>
                        HtmlMarkup.Escape(alternative.Name) + (alternative.Jurisdiction is { } code ? " " + Flag(code) : string.Empty)));
                body.Append(CultureInfo.InvariantCulture, $"<li>{HtmlMarkup.Escape(_text.Services[change.Service] + _text.Colon)}<strong>{HtmlMarkup.Escape(name)}</strong> ({HtmlMarkup.Escape(gain)}) — {alternatives}</li>");
            }

            body.Append("</ol>");
        }

        private void WriteDependency(StringBuilder body, Dependency dependency, Assessment.DependencyVerdict? verdict)
        {
            var service = _text.Services[dependency.Service];
            if (dependency.Layer is { Length: > 0 } layer)
            {
                service += $" ({_text.Layer(layer)})";
            }

            var self = dependency.Provider.Id == AuditSummary.SelfId;
            body.Append("<details class=\"dep\"><summary>");
            body.Append(CultureInfo.InvariantCulture, $"{HtmlMarkup.Escape(service + _text.Colon)}{Entry(new AuditEntry(dependency.Provider, dependency.Location, self))}");
            if (verdict is not null)
            {
                body.Append(' ').Append(Badge(verdict.Rating));
            }

            body.Append("</summary>");
            if (verdict is not null)
            {
                body.Append(CultureInfo.InvariantCulture, $"<p>{HtmlMarkup.Escape(verdict.Reason.In(_french))}</p>");
            }

            var facts = new List<string>();
            if (dependency.Provider.Parents.Count > 0)
            {
                facts.Add(string.Join(" → ", dependency.Provider.Parents.Select(parent => $"{HtmlMarkup.Escape(parent.Name)} {Flag(parent.Country)}")));
            }

            if (dependency.Location is { } location)
            {
                facts.Add($"{HtmlMarkup.Escape(_html.Location + _text.Colon)}{Flag(location)}");
            }

            facts.Add(HtmlMarkup.Escape($"{_text.ConfidenceLabel}{_text.Colon}{_text.Confidences[dependency.Confidence]}"));
            if (dependency.Subject is { Length: > 0 } subject)
            {
                facts.Add($"<code>{HtmlMarkup.Escape(subject)}</code>");
            }

            body.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{string.Join(" · ", facts)}</p>");
            if (dependency.Evidence.Count > 0)
            {
                body.Append(CultureInfo.InvariantCulture, $"<p>{HtmlMarkup.Escape(_html.Evidence)}</p><ul>");
                foreach (var evidence in dependency.Evidence)
                {
                    var rule = evidence.Rule is { Length: > 0 } text ? $" <span class=\"meta\">({HtmlMarkup.Escape(_text.Rule + _text.Colon)}<code>{HtmlMarkup.Escape(text)}</code>)</span>" : string.Empty;
                    body.Append(CultureInfo.InvariantCulture, $"<li>{HtmlMarkup.Escape(evidence.Kind)} <code>{HtmlMarkup.Escape(evidence.Subject)}</code>{HtmlMarkup.Escape(_text.Colon)}<code>{HtmlMarkup.Escape(evidence.Observation)}</code>{rule}</li>");
                }

                body.Append("</ul>");
            }

            body.Append("</details>");
        }

        private void WriteFooter(StringBuilder body)
        {
            body.Append("<footer>");
            body.Append(CultureInfo.InvariantCulture, $"<p>{HtmlMarkup.Escape(string.Format(CultureInfo.InvariantCulture, _html.GeneratedBy, result.Tool.Name, result.Tool.Version))}</p>");
            if (result.IpData is { Sources.Count: > 0 } ipData)
            {
                body.Append(CultureInfo.InvariantCulture, $"<p>{HtmlMarkup.Escape(string.Format(CultureInfo.InvariantCulture, _html.IpCredit, string.Join("; ", ipData.Sources)))} <a href=\"https://db-ip.com\">{HtmlMarkup.Escape(_html.DbIpCredit)}</a></p>");
            }

            body.Append(CultureInfo.InvariantCulture, $"<p>{HtmlMarkup.Escape(_html.FlagsCredit)}</p>");
            body.Append("</footer>");
        }
    }
}
