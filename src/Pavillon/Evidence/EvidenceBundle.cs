using Pavillon.Model;

namespace Pavillon.Evidence;

/// <summary>
/// Everything the collect stage observed, serialisable and replayable: attribution reads only this
/// (and the knowledge base), so a stored bundle can be re-attributed offline with a newer knowledge base.
/// </summary>
public sealed record EvidenceBundle
{
    /// <summary>Version of this structure; bumped on incompatible changes.</summary>
    public int SchemaVersion { get; init; } = 1;

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>The IP data snapshot used to describe addresses (date and sources).</summary>
    public IpDataInfo? IpData { get; init; }

    public required IReadOnlyList<OrganisationEvidence> Organisations { get; init; }
}

/// <summary>Date and sources of the IP data snapshot.</summary>
public sealed record IpDataInfo(string Date, IReadOnlyList<string> Sources);

/// <summary>The observations made for one organisation.</summary>
public sealed record OrganisationEvidence
{
    public required Organisation Organisation { get; init; }

    /// <summary>The host name of the website (IDN in punycode), null when the input was invalid.</summary>
    public string? WebsiteHost { get; init; }

    /// <summary>The domains whose MX records were read.</summary>
    public IReadOnlyList<string> MailDomains { get; init; } = [];

    public IReadOnlyList<DnsLookup> Dns { get; init; } = [];

    public IReadOnlyList<WebFetch> Web { get; init; } = [];

    /// <summary>What the IP data (and reverse DNS) says about every address seen.</summary>
    public IReadOnlyList<AddressFacts> Addresses { get; init; } = [];

    public IReadOnlyList<NodeInfoFetch> NodeInfo { get; init; } = [];

    /// <summary>What identity services' realm look-ups answered for the mail domains; empty when not asked.</summary>
    public IReadOnlyList<TenantRealmFetch> TenantRealms { get; init; } = [];

    /// <summary>The registry's RDAP record of the registrable domain; null when not asked (--offline, older scans).</summary>
    public RdapFetch? Rdap { get; init; }

    /// <summary>The home page as the headless browser loaded it; null unless the scan ran with --render.</summary>
    public RenderFetch? Render { get; init; }

    public IReadOnlyList<StageError> Errors { get; init; } = [];
}
