using Pavillon.Model;

namespace Pavillon.Assessment;

/// <summary>For one group and one service kind: under whose law the organisations' providers are.</summary>
public sealed record GroupServiceShare
{
    public required ServiceKind Service { get; init; }

    /// <summary>Organisations of the group that have this kind.</summary>
    public required int Organisations { get; init; }

    /// <summary>Organisations whose dependencies of this kind are all accepted by the policy.</summary>
    public required int Accepted { get; init; }

    /// <summary>By jurisdiction, most organisations first (ties by code).</summary>
    public required IReadOnlyList<JurisdictionShare> Jurisdictions { get; init; }
}
