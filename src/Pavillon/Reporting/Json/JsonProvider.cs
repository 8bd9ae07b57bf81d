using System.Text.Json.Serialization;

namespace Pavillon.Reporting.Json;

/// <summary>The PROVIDER object of the contract.</summary>
internal sealed record JsonProvider
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    // Unknown countries are written as null rather than left out, so every PROVIDER has the same keys.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Country { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Jurisdiction { get; init; }

    public required IReadOnlyList<JsonParent> Parents { get; init; }

    public bool InKnowledgeBase { get; init; } = true;
}
