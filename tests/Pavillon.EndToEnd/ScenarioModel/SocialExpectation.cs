namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>The social networks the home page promotes.</summary>
public sealed record SocialExpectation
{
    /// <summary>Networks that must be reported.</summary>
    public List<ProviderExpectation> Networks { get; init; } = [];

    /// <summary>True when no other network may be reported.</summary>
    public bool Only { get; init; }

    /// <summary>Network ids that must not be reported (share buttons, for example).</summary>
    public List<string> Absent { get; init; } = [];
}
