using System.Globalization;
using Pavillon.Assessment;
using Pavillon.Model;
using Pavillon.Reporting.Html;

namespace Pavillon.Reporting;

/// <summary>
/// The <c>markdown</c> format, shaped like the hand-made audits: per organisation a heading with its website,
/// then one line each for web hosting, e-mail and social networks, each provider with the flag of the country
/// whose law reaches it; then, folded as a sub-list, every dependency with its evidence.
/// </summary>
public sealed class MarkdownRenderer : IReportRenderer
{
    /// <inheritdoc/>
    public string Format => "markdown";

    /// <inheritdoc/>
    public void Render(ScanResult result, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var text = ReportText.For(options.Language);

        output.Write($"# {text.Title}\n\n");
        output.Write($"{MarkdownText.Escape(ReportFormatting.ScanLine(result, text))}\n");
        var verdict = VerdictText.For(options.Language);
        if (result.Assessment is { } assessment)
        {
            output.Write($"\n{MarkdownText.Escape(VerdictFormatting.PolicyLine(assessment, text, verdict, options.Language))}.\n");
        }

        var groups = ReportFormatting.ByGroup(result).ToList();
        var showGroups = groups.Any(group => group.Key.Length > 0);
        foreach (var group in groups)
        {
            if (showGroups)
            {
                var title = group.Key.Length > 0 ? group.Key : text.NoGroup;
                output.Write($"\n## {MarkdownText.Escape(title)}\n");
            }

            foreach (var organisation in group)
            {
                WriteOrganisation(organisation, text, verdict, options, output);
            }
        }

        if (result.Assessment is { } scan && showGroups)
        {
            WriteGroups(scan, text, verdict, options.Language, output);
        }
    }

    // The score and the changes follow the audit's own three lines, so the audit reads as before.
    private static void WriteVerdict(OrganisationResult result, ReportText text, VerdictText verdict, ReportLanguage language, TextWriter output)
    {
        if (result.Assessment is not { Score: { } score } assessment)
        {
            return;
        }

        var french = language == ReportLanguage.Fr;
        var breakdown = string.Join(", ", assessment.Services.Select(service => string.Create(CultureInfo.InvariantCulture, $"{text.Services[service.Service]} {service.Points}")));
        output.Write(string.Create(CultureInfo.InvariantCulture, $"- {verdict.Score}{text.Colon}{score}/100 ({breakdown})\n"));
        if (assessment.Changes.Count == 0)
        {
            return;
        }

        output.Write($"- {verdict.ChangesTitle}{text.Colon.TrimEnd()}\n");
        var number = 1;
        foreach (var change in assessment.Changes)
        {
            var gain = string.Format(CultureInfo.InvariantCulture, verdict.Gain, change.Gain);
            var alternatives = change.Alternatives.Count == 0
                ? verdict.NoAlternative
                : verdict.Alternatives + text.Colon + string.Join(", ", change.Alternatives.Select(alternative => MarkdownText.Escape(alternative.Name)
                    + (alternative.Jurisdiction is { } country ? $" ({AuditFormatter.MarkdownCountry(country)})" : string.Empty)));
            var reason = assessment.Services.FirstOrDefault(service => service.Service == change.Service)?.Reason.In(french);
            output.Write(string.Create(CultureInfo.InvariantCulture, $"  {number}. {text.Services[change.Service]}{text.Colon}{MarkdownText.Escape(AuditFormatter.DisplayName(new ProviderRef { Id = change.ProviderId, Name = change.ProviderName }))} ({gain}) — {MarkdownText.Escape(reason ?? string.Empty)} {char.ToUpperInvariant(alternatives[0])}{alternatives[1..]}.\n"));
            number++;
        }
    }

    private static void WriteGroups(ScanAssessment assessment, ReportText text, VerdictText verdict, ReportLanguage language, TextWriter output)
    {
        output.Write($"\n## {verdict.GroupsTitle}\n\n");
        var kinds = VerdictFormatting.HeadlineKinds;
        output.Write($"| {verdict.Rank} | {text.Group} | {verdict.Organisations} | {verdict.MeanScore} | {string.Join(" | ", kinds.Select(kind => text.Services[kind]))} |\n");
        output.Write($"|---:|---|---:|---:|{string.Concat(kinds.Select(_ => "---|"))}\n");
        foreach (var group in VerdictFormatting.Ranked(assessment))
        {
            var cells = kinds.Select(kind => group.Services.FirstOrDefault(service => service.Service == kind) is { } share
                ? string.Join(", ", share.Jurisdictions.Select(jurisdiction => $"{Jurisdiction(jurisdiction.Jurisdiction, verdict)} {VerdictFormatting.Percent(jurisdiction.Share, language)}"))
                : "—");
            var name = group.Group.Length > 0 ? MarkdownText.Escape(group.Group) : text.NoGroup;
            var rank = group.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—";
            var mean = group.MeanScore is { } value ? VerdictFormatting.Decimal(value, language) : verdict.NotScored;
            output.Write(string.Create(CultureInfo.InvariantCulture, $"| {rank} | {name} | {group.Organisations} | {mean} | {string.Join(" | ", cells)} |\n"));
        }
    }

    private static string Jurisdiction(string code, VerdictText verdict) => code switch
    {
        "self" => verdict.SelfHostedShort,
        "unknown" => verdict.UnknownShort,
        _ => AuditFormatter.MarkdownCountry(code),
    };

    private static void WriteOrganisation(OrganisationResult result, ReportText text, VerdictText verdict, ReportOptions options, TextWriter output)
    {
        var organisation = result.Organisation;
        output.Write($"\n### {MarkdownText.Escape(organisation.Name)} ({MarkdownText.Escape(organisation.Website)})\n\n");

        if (result.Status != OrganisationStatus.Ok)
        {
            var line = $"- {text.Status}{text.Colon}{text.StatusSentences[result.Status]}";
            if (result.Errors.Count > 0)
            {
                line += $" — {MarkdownText.Escape(ReportFormatting.Error(result.Errors[0], text))}";
            }

            output.Write(line + "\n");
        }

        // Nothing was observed for an unreachable or invalid organisation: "unknown" lines would suggest we looked.
        if (result.Status is OrganisationStatus.Ok or OrganisationStatus.Partial)
        {
            output.Write($"- {text.Hosting}{text.Colon}{AuditFormatter.Markdown(AuditSummary.Hosting(result), text)}\n");
            output.Write($"- {text.Email}{text.Colon}{AuditFormatter.MarkdownList(AuditSummary.Email(result), text, text.NoMx)}\n");
            output.Write($"- {text.Social}{text.Colon}{AuditFormatter.MarkdownList(AuditSummary.Social(result), text, text.None)}\n");
        }

        WriteVerdict(result, text, verdict, options.Language, output);
        if (options.IncludeDetails)
        {
            WriteDetails(result, text, output);
        }
    }

    private static void WriteDetails(OrganisationResult result, ReportText text, TextWriter output)
    {
        var hasMoreErrors = result.Errors.Count > 1 || (result.Status == OrganisationStatus.Ok && result.Errors.Count > 0);
        if (result.Dependencies.Count == 0 && !hasMoreErrors)
        {
            return;
        }

        output.Write($"- {text.Details}{text.Colon.TrimEnd()}\n");
        foreach (var dependency in AuditSummary.OrderedDependencies(result))
        {
            var service = text.Services[dependency.Service];
            if (dependency.Layer is { Length: > 0 } layer)
            {
                service += $" ({MarkdownText.Escape(text.Layer(layer))})";
            }

            var entry = new AuditEntry(dependency.Provider, dependency.Location, dependency.Provider.Id == AuditSummary.SelfId);
            var line = $"  - {service}{text.Colon}{AuditFormatter.Markdown(entry, text)}, {text.ConfidenceLabel} {text.Confidences[dependency.Confidence]}";
            if (dependency.Subject is { Length: > 0 } subject)
            {
                line += $" — {MarkdownText.Code(subject)}";
            }

            output.Write(line + "\n");
            foreach (var evidence in dependency.Evidence)
            {
                var item = $"    - {MarkdownText.Escape(evidence.Kind)} {MarkdownText.Code(evidence.Subject)}{text.Colon}{MarkdownText.Code(evidence.Observation)}";
                if (evidence.Rule is { Length: > 0 } rule)
                {
                    item += $" ({text.Rule}{text.Colon}{MarkdownText.Code(rule)})";
                }

                output.Write(item + "\n");
            }
        }

        if (hasMoreErrors)
        {
            output.Write($"  - {text.Problems}{text.Colon.TrimEnd()}\n");
            foreach (var error in result.Errors)
            {
                output.Write($"    - {MarkdownText.Escape(ReportFormatting.Error(error, text))}\n");
            }
        }
    }
}
