using Pavillon.Assessment;
using Pavillon.Evidence;

namespace Pavillon.Model;

/// <summary>The result of a scan (or of re-attributing a stored one): what every output format renders.</summary>
public sealed record ScanResult
{
    /// <summary>Version of the JSON output contract (docs/json-schema.md).</summary>
    public int SchemaVersion { get; init; } = 1;

    public required ToolInfo Tool { get; init; }

    public required KnowledgeBaseInfo KnowledgeBase { get; init; }

    public IpDataInfo? IpData { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required IReadOnlyList<OrganisationResult> Organisations { get; init; }

    /// <summary>The raw observations, so that the scan can be re-attributed later with <c>pavillon report --from</c>.</summary>
    public EvidenceBundle? Evidence { get; init; }

    /// <summary>The policy used and the comparison of groups (assess stage); null until assessed.</summary>
    public ScanAssessment? Assessment { get; init; }
}

/// <summary>Name and version of the tool that produced a result.</summary>
public sealed record ToolInfo(string Name, string Version);

/// <summary>Version of the knowledge base used for attribution.</summary>
public sealed record KnowledgeBaseInfo(string Version);
