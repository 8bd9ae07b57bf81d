using System.Text.Json.Serialization;
using Pavillon.Assessment;
using Pavillon.Evidence;
using Pavillon.Model;

namespace Pavillon.Reporting.Json;

/// <summary>The root of the JSON output (contract: docs/json-schema.md). Written and read only through <see cref="ScanDocument"/>.</summary>
internal sealed record JsonScanDocument
{
    public required int SchemaVersion { get; init; }

    public required ToolInfo Tool { get; init; }

    public required KnowledgeBaseInfo KnowledgeBase { get; init; }

    // Written as an explicit null: consumers can tell "no IP data" from an older document.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IpDataInfo? IpData { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required IReadOnlyList<JsonOrganisation> Organisations { get; init; }

    /// <summary>The raw observations, for <c>pavillon report --from</c>; absent when the scan kept none.</summary>
    public EvidenceBundle? Evidence { get; init; }

    /// <summary>The policy the verdicts follow and the comparison of groups; absent when the scan was not assessed.</summary>
    public ScanAssessment? Assessment { get; init; }
}
