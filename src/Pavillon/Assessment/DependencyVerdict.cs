using Pavillon.Model;

namespace Pavillon.Assessment;

/// <summary>The verdict on one dependency: its rating under the policy, the points it earns, and why.</summary>
public sealed record DependencyVerdict
{
    public required ServiceKind Service { get; init; }

    /// <summary>The provider's id, as in the dependency.</summary>
    public required string ProviderId { get; init; }

    /// <summary>The dependency's subject (host, URL), to tell apart two dependencies on one provider.</summary>
    public string? Subject { get; init; }

    public required Rating Rating { get; init; }

    /// <summary>True when the policy accepts the rating.</summary>
    public required bool Accepted { get; init; }

    /// <summary>Points earned, 0 to 100, from the weights table's scale.</summary>
    public required int Points { get; init; }

    /// <summary>
    /// The country whose law the rating is about (ISO 3166-1 alpha-2): for <see cref="Rating.Foreign"/> the one that
    /// reaches the provider, otherwise its jurisdiction (the location is the dependency's); null when unknown or self-hosted.
    /// </summary>
    public string? Country { get; init; }

    public required LocalizedText Reason { get; init; }
}
