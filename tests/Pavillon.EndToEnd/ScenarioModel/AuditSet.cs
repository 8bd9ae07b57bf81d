namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>A batch of organisations scanned together from one input list, each with its own fixture and expectation.</summary>
public sealed record AuditSet
{
    public string? Description { get; init; }

    /// <summary>The input file passed with --input, relative to the scenario folder.</summary>
    public string Input { get; init; } = string.Empty;

    public List<Scenario> Organisations { get; init; } = [];
}
