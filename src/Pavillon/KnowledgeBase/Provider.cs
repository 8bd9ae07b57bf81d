namespace Pavillon.KnowledgeBase;

/// <summary>A provider of the knowledge base: one file under data/providers/.</summary>
public sealed record Provider
{
    /// <summary>Stable id, lower-case kebab (for example "ovhcloud"); the file is named after it.</summary>
    public required string Id { get; init; }

    /// <summary>The name people use (a brand), for example "OVHcloud".</summary>
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 of the operating entity's registered office.</summary>
    public required string Country { get; init; }

    /// <summary>Legal entities that operate the service, with registration identifiers where known.</summary>
    public IReadOnlyList<LegalEntity> Entities { get; init; } = [];

    /// <summary>Parent chain from the immediate parent to the ultimate parent; empty when independent.</summary>
    public IReadOnlyList<ParentCompany> Parents { get; init; } = [];

    /// <summary>Categories (cloud, managed-hosting, cdn, email-hosting, social-network...): see data/schema/README.md.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public IdentificationRules Identify { get; init; } = new();

    /// <summary>Ids or names of European or free-software alternatives.</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    public IReadOnlyList<SourceRef> Sources { get; init; } = [];

    /// <summary>When the facts of this file were last checked.</summary>
    public DateOnly Reviewed { get; init; }

    /// <summary>Free text explaining a hard case (joint venture, acquisition...).</summary>
    public string? Notes { get; init; }

    /// <summary>Country of the ultimate parent (the provider's own country when it has none).</summary>
    public string Jurisdiction => Parents.Count > 0 ? Parents[^1].Country : Country;
}

/// <summary>A legal entity: name, country and registration number (SIREN, company number...).</summary>
public sealed record LegalEntity(string Name, string Country, string? Registration = null);

/// <summary>A parent company; <see cref="Id"/> points to another provider file when there is one.</summary>
public sealed record ParentCompany(string Name, string Country, string? Id = null, string? Control = null);

/// <summary>Where a fact comes from, and when it was checked.</summary>
public sealed record SourceRef(string Url, string Title, DateOnly Checked);

/// <summary>Header fingerprint: a response header whose value matches a regular expression (case-insensitive).</summary>
public sealed record HeaderRule(string Name, string Pattern = ".*");

/// <summary>The identifiers that attribute an observation to the provider. Domain suffixes match whole labels.</summary>
public sealed record IdentificationRules
{
    /// <summary>Autonomous systems operated by the provider.</summary>
    public IReadOnlyList<int> Asns { get; init; } = [];

    /// <summary>MX host suffixes.</summary>
    public IReadOnlyList<string> Mx { get; init; } = [];

    /// <summary>Name-server host suffixes.</summary>
    public IReadOnlyList<string> Ns { get; init; } = [];

    /// <summary>CNAME target suffixes (platforms, CDNs, managed hosts).</summary>
    public IReadOnlyList<string> Cname { get; init; } = [];

    /// <summary>Reverse-DNS (PTR) name suffixes.</summary>
    public IReadOnlyList<string> Ptr { get; init; } = [];

    /// <summary>SPF include/redirect domain suffixes.</summary>
    public IReadOnlyList<string> Spf { get; init; } = [];

    /// <summary>
    /// SPF targets (suffixes, under <see cref="Spf"/>) of the provider's newsletter or bulk-sending service: they
    /// authorise sending for the domain and say nothing of where its mailboxes are.
    /// </summary>
    public IReadOnlyList<string> SpfBulk { get; init; } = [];

    /// <summary>Hosts of scripts, stylesheets, fonts, iframes and embeds.</summary>
    public IReadOnlyList<string> ResourceHosts { get; init; } = [];

    /// <summary>Hosts of social-network profile URLs.</summary>
    public IReadOnlyList<string> SocialHosts { get; init; } = [];

    /// <summary>Regular expressions for TXT verification tokens at the apex.</summary>
    public IReadOnlyList<string> Txt { get; init; } = [];

    public IReadOnlyList<HeaderRule> Headers { get; init; } = [];

    /// <summary>Regular expressions matched against the generator meta tag.</summary>
    public IReadOnlyList<string> Generator { get; init; } = [];

    /// <summary>NodeInfo software names (mastodon, peertube...) for Fediverse networks.</summary>
    public IReadOnlyList<string> Fediverse { get; init; } = [];

    /// <summary>Certificate issuer organisation names (O=), matched exactly, for certificate authorities.</summary>
    public IReadOnlyList<string> CertificateIssuers { get; init; } = [];

    /// <summary>IANA Registrar IDs of the provider's ICANN-accredited registrars, matched against the registrar entity of RDAP records.</summary>
    public IReadOnlyList<int> IanaRegistrarIds { get; init; } = [];

    /// <summary>True when no rule is set.</summary>
    public bool IsEmpty =>
        Asns.Count == 0 && Mx.Count == 0 && Ns.Count == 0 && Cname.Count == 0 && Ptr.Count == 0 &&
        Spf.Count == 0 && ResourceHosts.Count == 0 && SocialHosts.Count == 0 && Txt.Count == 0 &&
        Headers.Count == 0 && Generator.Count == 0 && Fediverse.Count == 0 && CertificateIssuers.Count == 0 && IanaRegistrarIds.Count == 0;
}
