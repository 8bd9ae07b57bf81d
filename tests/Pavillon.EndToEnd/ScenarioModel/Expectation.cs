namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>What the scan must report for the scenario's organisation. A null member is not checked.</summary>
public sealed record Expectation
{
    /// <summary>Exit code of the CLI; default 0.</summary>
    public int ExitCode { get; init; }

    /// <summary>ok, partial, unreachable or invalid.</summary>
    public string? Status { get; init; }

    /// <summary>Stages that must appear among the organisation's errors (dns, web...).</summary>
    public List<string>? ErrorStages { get; init; }

    public HostingExpectation? Hosting { get; init; }

    public EmailExpectation? Email { get; init; }

    public SocialExpectation? Social { get; init; }
}
