namespace Pavillon.Reporting.Json;

/// <summary>The "email" object: who receives the organisation's mail.</summary>
internal sealed record JsonEmail
{
    public required IReadOnlyList<JsonProvider> Providers { get; init; }

    public required IReadOnlyList<string> Mx { get; init; }

    public required IReadOnlyList<JsonDependency> Dependencies { get; init; }
}
