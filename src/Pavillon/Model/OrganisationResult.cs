using Pavillon.Assessment;

namespace Pavillon.Model;

/// <summary>Everything Pavillon concluded about one organisation.</summary>
public sealed record OrganisationResult
{
    public required Organisation Organisation { get; init; }

    public required OrganisationStatus Status { get; init; }

    public IReadOnlyList<StageError> Errors { get; init; } = [];

    public required HostingSummary Hosting { get; init; }

    public required EmailSummary Email { get; init; }

    public IReadOnlyList<SocialAccount> Social { get; init; } = [];

    /// <summary>Every dependency found, all service kinds together.</summary>
    public IReadOnlyList<Dependency> Dependencies { get; init; } = [];

    /// <summary>The verdict under a jurisdiction policy (assess stage); null until assessed.</summary>
    public OrganisationAssessment? Assessment { get; init; }
}

/// <summary>Who hosts the website, as people name it, with every layer found.</summary>
/// <param name="Provider">The most specific operator identified (platform, else managed host, else network); null when unknown.</param>
/// <param name="SelfHosted">True when the organisation runs it itself.</param>
/// <param name="Layers">Edge, platform, host and network layers, each with its evidence.</param>
public sealed record HostingSummary(ProviderRef? Provider, bool SelfHosted, IReadOnlyList<Dependency> Layers);

/// <summary>Who receives the organisation's e-mail.</summary>
/// <param name="Providers">Distinct providers behind the MX records, most preferred first.</param>
/// <param name="Mx">MX host names, by preference.</param>
/// <param name="Dependencies">The e-mail dependencies with their evidence.</param>
public sealed record EmailSummary(IReadOnlyList<ProviderRef> Providers, IReadOnlyList<string> Mx, IReadOnlyList<Dependency> Dependencies);

/// <summary>A social network the home page promotes, with the profile URL.</summary>
public sealed record SocialAccount(ProviderRef Network, string Url)
{
    /// <summary>For Fediverse accounts: the software NodeInfo reported (mastodon, peertube...).</summary>
    public string? Software { get; init; }

    /// <summary>For Fediverse accounts: the instance host name.</summary>
    public string? Instance { get; init; }

    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];
}
