using System.Globalization;
using Pavillon.Model;

namespace Pavillon.Reporting;

/// <summary>Culture-invariant formatting shared by the human-readable formats.</summary>
internal static class ReportFormatting
{
    /// <summary>A timestamp in UTC to the minute: "2025-03-01 09:00 UTC".</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The line under the title: when, with which knowledge base and IP data.</summary>
    public static string ScanLine(ScanResult result, ReportText text) => string.Format(
        CultureInfo.InvariantCulture,
        text.ScanLine,
        Timestamp(result.StartedAt),
        Timestamp(result.FinishedAt),
        result.KnowledgeBase.Version,
        result.IpData?.Date ?? text.NoIpData);

    /// <summary>Organisations by group, groups in the order they first appear, organisations in input order.</summary>
    public static IEnumerable<IGrouping<string, OrganisationResult>> ByGroup(ScanResult result) =>
        result.Organisations.GroupBy(organisation => organisation.Organisation.Group, StringComparer.Ordinal);

    /// <summary>"dns : NXDOMAIN ..." (French) or "dns: NXDOMAIN ..." (English).</summary>
    public static string Error(StageError error, ReportText text) => $"{error.Stage}{text.Colon}{error.Message}";
}
