namespace Pavillon.Assessment;

/// <summary>The assessment of a whole scan: the policy used and the comparison of groups.</summary>
public sealed record ScanAssessment
{
    public required PolicyInfo Policy { get; init; }

    /// <summary>Groups in the order they first appear in the input.</summary>
    public required IReadOnlyList<GroupAssessment> Groups { get; init; }
}
