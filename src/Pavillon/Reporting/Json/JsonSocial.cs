using Pavillon.Model;

namespace Pavillon.Reporting.Json;

/// <summary>One promoted social network account.</summary>
internal sealed record JsonSocial
{
    public required JsonProvider Network { get; init; }

    public required string Url { get; init; }

    public string? Software { get; init; }

    public string? Instance { get; init; }

    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];
}
