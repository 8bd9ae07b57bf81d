namespace Pavillon.Assessment;

/// <summary>
/// The verdict on one dependency under a policy, from best to worst. JSON values: self-hosted, home, eu,
/// adequate, located-abroad, unknown, foreign.
/// </summary>
public enum Rating
{
    /// <summary>The organisation runs the service itself.</summary>
    SelfHosted,

    /// <summary>Under the law of the organisation's home country.</summary>
    Home,

    /// <summary>Under the law of another EU or EEA member state (the GDPR applies).</summary>
    Eu,

    /// <summary>Under the law of a country with an EU adequacy decision that the policy lists.</summary>
    Adequate,

    /// <summary>Under an accepted law, but the servers answered from outside the policy's accepted locations.</summary>
    LocatedAbroad,

    /// <summary>Nothing (or no country) is known about the provider.</summary>
    Unknown,

    /// <summary>Reachable by a law outside the policy's accepted jurisdictions, through the provider or one of its parents.</summary>
    Foreign,
}
