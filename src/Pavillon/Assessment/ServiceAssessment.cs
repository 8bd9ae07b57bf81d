using Pavillon.Model;

namespace Pavillon.Assessment;

/// <summary>One service kind's share of the autonomy score: its combined points, its weight, and its weakest dependency.</summary>
public sealed record ServiceAssessment
{
    public required ServiceKind Service { get; init; }

    /// <summary>The rating of the weakest dependency of this kind.</summary>
    public required Rating Rating { get; init; }

    /// <summary>True when the policy accepts every dependency of this kind.</summary>
    public required bool Accepted { get; init; }

    /// <summary>The dependencies' points combined (worst or mean, from the weights table), 0 to 100.</summary>
    public required int Points { get; init; }

    /// <summary>The kind's weight in the weights table.</summary>
    public required int Weight { get; init; }

    /// <summary>The weakest dependency's provider id.</summary>
    public required string ProviderId { get; init; }

    /// <summary>The weakest dependency's provider name.</summary>
    public required string ProviderName { get; init; }

    /// <summary>The weakest dependency's country (see <see cref="DependencyVerdict.Country"/>).</summary>
    public string? Country { get; init; }

    /// <summary>Why, for the weakest dependency.</summary>
    public required LocalizedText Reason { get; init; }
}
