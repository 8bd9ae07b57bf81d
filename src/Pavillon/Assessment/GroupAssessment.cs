namespace Pavillon.Assessment;

/// <summary>One group of organisations (the input's group column) compared with the others.</summary>
public sealed record GroupAssessment
{
    /// <summary>The group label; empty for organisations without one.</summary>
    public required string Group { get; init; }

    /// <summary>Organisations in the group.</summary>
    public required int Organisations { get; init; }

    /// <summary>Organisations that have a score (something was observed).</summary>
    public required int Scored { get; init; }

    /// <summary>Mean autonomy score of the scored organisations, rounded to one decimal; null (left out of JSON) when none.</summary>
    public double? MeanScore { get; init; }

    /// <summary>1 for the highest mean score; groups with equal means share a rank; null (left out of JSON) when unscored.</summary>
    public int? Rank { get; init; }

    /// <summary>Per service kind found in the group, in contract order.</summary>
    public required IReadOnlyList<GroupServiceShare> Services { get; init; }
}
