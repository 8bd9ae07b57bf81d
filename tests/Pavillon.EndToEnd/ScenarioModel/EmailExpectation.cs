namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>Who receives the organisation's e-mail.</summary>
public sealed record EmailExpectation
{
    /// <summary>The exact set of email.providers ids (an empty list: no provider at all).</summary>
    public List<ProviderExpectation>? Providers { get; init; }

    /// <summary>The exact MX host names, by preference.</summary>
    public List<string>? Mx { get; init; }

    /// <summary>True when the MX providers must be the organisation itself.</summary>
    public bool? SelfHosted { get; init; }
}
