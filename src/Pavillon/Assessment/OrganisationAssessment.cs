namespace Pavillon.Assessment;

/// <summary>The verdict on one organisation under a policy: autonomy score, breakdown, verdicts and changes to make.</summary>
public sealed record OrganisationAssessment
{
    /// <summary>Autonomy score from 0 (every dependency under a foreign law) to 100; null (left out of JSON) when nothing was observed.</summary>
    public int? Score { get; init; }

    /// <summary>Per service kind found, in contract order.</summary>
    public required IReadOnlyList<ServiceAssessment> Services { get; init; }

    /// <summary>One verdict per dependency, in the same order as <see cref="Model.OrganisationResult.Dependencies"/>.</summary>
    public required IReadOnlyList<DependencyVerdict> Dependencies { get; init; }

    /// <summary>At most three changes, the most useful first.</summary>
    public required IReadOnlyList<SuggestedChange> Changes { get; init; }
}
