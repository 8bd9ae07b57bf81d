using System.Text.Json.Serialization;
using Pavillon.Model;

namespace Pavillon.Reporting.Json;

/// <summary>The DEPENDENCY object of the contract, with its optional layer and subject.</summary>
internal sealed record JsonDependency
{
    public required ServiceKind Service { get; init; }

    public string? Layer { get; init; }

    public string? Subject { get; init; }

    public required JsonProvider Provider { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Location { get; init; }

    public required Confidence Confidence { get; init; }

    public required IReadOnlyList<EvidenceItem> Evidence { get; init; }
}
