using System.Text.Json.Serialization;

namespace Pavillon.Reporting.Json;

/// <summary>The "hosting" object: who hosts the website, as people name it, and every layer found.</summary>
internal sealed record JsonHosting
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required JsonProvider? Provider { get; init; }

    public required bool SelfHosted { get; init; }

    public required IReadOnlyList<JsonDependency> Layers { get; init; }
}
