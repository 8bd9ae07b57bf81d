using Pavillon.Model;

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
                WriteOrganisation(organisation, text, options.IncludeDetails, output);
            }
        }
    }

    private static void WriteOrganisation(OrganisationResult result, ReportText text, bool includeDetails, TextWriter output)
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

        if (includeDetails)
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
                service += $" ({MarkdownText.Escape(layer)})";
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
