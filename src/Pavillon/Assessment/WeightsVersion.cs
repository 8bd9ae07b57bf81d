using Pavillon.Model;

namespace Pavillon.Assessment;

/// <summary>One published version of the weights table: never edited once published (data/policy/weights.yaml).</summary>
public sealed record WeightsVersion
{
    /// <summary>The version number, from 1, consecutive.</summary>
    public required int Version { get; init; }

    public required DateOnly Published { get; init; }

    /// <summary>Why this version was added.</summary>
    public string Changes { get; init; } = string.Empty;

    /// <summary>Weight of each service kind; a kind left out weighs nothing.</summary>
    public required IReadOnlyDictionary<ServiceKind, ServiceWeight> Services { get; init; }

    /// <summary>Points (0 to 100) per rating, by scale name.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<Rating, int>> Scales { get; init; }

    /// <summary>The points a rating earns on a scale.</summary>
    /// <exception cref="KeyNotFoundException">The scale or the rating is not in this version.</exception>
    public int Points(string scale, Rating rating) =>
        Scales.TryGetValue(scale, out var points) && points.TryGetValue(rating, out var value)
            ? value
            : throw new KeyNotFoundException($"weights version {Version} has no points for '{scale}' / {rating}");
}
