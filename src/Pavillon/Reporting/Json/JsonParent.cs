using System.Text.Json.Serialization;

namespace Pavillon.Reporting.Json;

/// <summary>One link of a provider's parent chain.</summary>
internal sealed record JsonParent
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Id { get; init; }

    public required string Name { get; init; }

    public required string Country { get; init; }
}
