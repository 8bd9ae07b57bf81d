namespace Pavillon.Assessment;

/// <summary>
/// Which laws and locations an organisation accepts for its dependencies (a file under data/policy/policies/,
/// documented in docs/policy.md). The points each rating earns come from the <see cref="WeightsTable"/>, not from here.
/// </summary>
public sealed record JurisdictionPolicy
{
    /// <summary>Stable name used by <c>--policy</c> (national, eu-eea, eu-adequacy, strict).</summary>
    public required string Id { get; init; }

    /// <summary>Version of this policy's rules; increased whenever a verdict it gives would change.</summary>
    public int Version { get; init; } = 1;

    public required LocalizedText Name { get; init; }

    public required LocalizedText Description { get; init; }

    /// <summary>Which companies of the parent chain must be under an accepted law; default the ultimate parent only.</summary>
    public ChainScope Chain { get; init; } = ChainScope.UltimateParent;

    /// <summary>Where servers may answer from without the rating <see cref="Rating.LocatedAbroad"/>; default the home country and the EU/EEA.</summary>
    public IReadOnlyList<Zone> Locations { get; init; } = [Zone.Home, Zone.EuEea];

    /// <summary>Countries (ISO 3166-1 alpha-2) rated <see cref="Rating.Adequate"/> rather than <see cref="Rating.Foreign"/>; default none.</summary>
    public IReadOnlySet<string> Adequacy { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The ratings this policy accepts; the others are changes to make.</summary>
    public required IReadOnlySet<Rating> Accepted { get; init; }

    /// <summary>The name of the points scale in the weights table (national, european, adequacy, strict).</summary>
    public required string Scale { get; init; }
}
