using Pavillon.Model;

namespace Pavillon.Reporting;

/// <summary>
/// The <c>csv</c> format (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break):
/// a header row, then one row per organisation and dependency; an organisation without any dependency still
/// gets one row with the dependency columns empty. Language-neutral: values are the JSON contract's.
/// </summary>
public sealed class CsvRenderer : IReportRenderer
{
    private static readonly string[] Header =
    [
        "name", "website", "group", "status", "service", "layer", "subject", "provider_id", "provider_name",
        "provider_country", "jurisdiction", "location", "confidence", "in_knowledge_base", "evidence",
    ];

    /// <inheritdoc/>
    public string Format => "csv";

    /// <inheritdoc/>
    public void Render(ScanResult result, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        WriteRow(output, Header);
        foreach (var organisation in result.Organisations)
        {
            var identity = new[]
            {
                organisation.Organisation.Name,
                organisation.Organisation.Website,
                organisation.Organisation.Group,
                JsonValues.Of(organisation.Status),
            };
            if (organisation.Dependencies.Count == 0)
            {
                WriteRow(output, [.. identity, .. Enumerable.Repeat(string.Empty, Header.Length - identity.Length)]);
                continue;
            }

            foreach (var dependency in AuditSummary.OrderedDependencies(organisation))
            {
                WriteRow(output, [.. identity, .. DependencyFields(dependency)]);
            }
        }
    }

    private static string[] DependencyFields(Dependency dependency) =>
    [
        JsonValues.Of(dependency.Service),
        dependency.Layer ?? string.Empty,
        dependency.Subject ?? string.Empty,
        dependency.Provider.Id,
        dependency.Provider.Name,
        dependency.Provider.Country ?? string.Empty,
        dependency.Provider.Jurisdiction ?? string.Empty,
        dependency.Location ?? string.Empty,
        JsonValues.Of(dependency.Confidence),
        dependency.Provider.InKnowledgeBase ? "true" : "false",
        string.Join("; ", dependency.Evidence.Select(Short)),
    ];

    private static string Short(EvidenceItem evidence) => $"{evidence.Kind} {evidence.Subject}: {evidence.Observation}";

    private static void WriteRow(TextWriter output, IReadOnlyList<string> fields)
    {
        for (var index = 0; index < fields.Count; index++)
        {
            if (index > 0)
            {
                output.Write(',');
            }

            output.Write(Quote(fields[index]));
        }

        output.Write("\r\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
