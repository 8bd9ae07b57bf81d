using System.Globalization;
using Pavillon.Domains;
using Pavillon.Evidence;
using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Attribution;

/// <summary>
/// The observations of one organisation with the knowledge base, and the shared reasoning every service kind
/// uses: CNAME chains, what an address says (PTR, AS), provider references. Pure: no I/O.
/// </summary>
public sealed class AttributionContext
{
    private readonly Dictionary<string, AddressFacts> _addresses;

    public AttributionContext(OrganisationEvidence evidence, ProviderKnowledge knowledge, PublicSuffixList suffixes)
    {
        Evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
        Knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        Suffixes = suffixes ?? throw new ArgumentNullException(nameof(suffixes));
        _addresses = evidence.Addresses.GroupBy(a => a.Address, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ownDomains = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var host in evidence.MailDomains.Append(evidence.WebsiteHost).OfType<string>())
        {
            ownDomains.Add(suffixes.RegistrableDomain(host) ?? host);
        }

        OwnDomains = ownDomains;
    }

    public OrganisationEvidence Evidence { get; }

    public ProviderKnowledge Knowledge { get; }

    public PublicSuffixList Suffixes { get; }

    /// <summary>The registrable domains of the organisation (website and mail domains).</summary>
    public IReadOnlySet<string> OwnDomains { get; }

    /// <summary>The provider standing for the organisation itself (self-hosting).</summary>
    public ProviderRef Self => new()
    {
        Id = "self",
        Name = Evidence.Organisation.Name,
        Country = Evidence.Organisation.HomeCountry,
        Jurisdiction = Evidence.Organisation.HomeCountry,
        InKnowledgeBase = false,
    };

    /// <summary>True when <paramref name="host"/> belongs to one of the organisation's own registrable domains.</summary>
    public bool IsOwnHost(string host) => OwnDomains.Any(d => HostName.IsSubdomainOrSelf(host, d));

    /// <summary>The first lookup of <paramref name="name"/> and <paramref name="type"/>, if it was asked.</summary>
    public DnsLookup? Lookup(string name, string type) =>
        Evidence.Dns.FirstOrDefault(l => l.Type == type && string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The CNAME chain from <paramref name="name"/> (excluded) across every lookup made, in order.</summary>
    public IReadOnlyList<DnsAnswer> CnameChain(string name)
    {
        var chain = new List<DnsAnswer>();
        var current = name;
        for (var i = 0; i < 16; i++)
        {
            var next = Evidence.Dns
                .Where(l => l.Type is "A" or "AAAA")
                .SelectMany(l => l.Answers)
                .FirstOrDefault(a => a.Type == "CNAME" && string.Equals(a.Name, current, StringComparison.OrdinalIgnoreCase));
            if (next is null || chain.Any(c => c.Data == next.Data))
            {
                break;
            }

            chain.Add(next);
            current = next.Data;
        }

        return chain;
    }

    /// <summary>The addresses <paramref name="name"/> resolves to, through its CNAME chain.</summary>
    public IReadOnlyList<string> AddressesOf(string name)
    {
        var names = new List<string> { name };
        names.AddRange(CnameChain(name).Select(c => c.Data));
        return Evidence.Dns
            .Where(l => l.Type is "A" or "AAAA")
            .SelectMany(l => l.Answers)
            .Where(a => a.Type is "A" or "AAAA" && names.Contains(a.Name, StringComparer.OrdinalIgnoreCase))
            .Select(a => a.Data)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What the IP data and reverse DNS say about <paramref name="address"/>.</summary>
    public AddressFacts? Address(string address) => _addresses.GetValueOrDefault(address);

    /// <summary>The country where <paramref name="addresses"/> are located, when they all agree.</summary>
    public string? LocationOf(IEnumerable<string> addresses)
    {
        var locations = addresses.Select(a => Address(a)?.Location).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return locations.Count == 1 ? locations[0] : null;
    }

    /// <summary>A result reference to a knowledge-base provider, with its parent chain.</summary>
    public static ProviderRef Ref(Provider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new ProviderRef
        {
            Id = provider.Id,
            Name = provider.Name,
            Country = provider.Country,
            Jurisdiction = provider.Jurisdiction,
            Parents = provider.Parents.Select(p => new ParentRef(p.Id, p.Name, p.Country)).ToList(),
        };
    }

    /// <summary>
    /// A reference for an AS that the knowledge base does not know: its holder and registry country as the IP data
    /// gives them. The jurisdiction stays unknown: the holder's parent company is not known.
    /// </summary>
    public static ProviderRef AsFallback(AddressFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new ProviderRef
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"asn:{facts.Asn}"),
            Name = string.Create(CultureInfo.InvariantCulture, $"AS{facts.Asn} {facts.AsHolder ?? "(holder unknown)"}"),
            Country = facts.AsCountry,
            Jurisdiction = null,
            InKnowledgeBase = false,
        };
    }

    /// <summary>A provider that nothing identifies.</summary>
    public static ProviderRef Unknown(string name) => new()
    {
        Id = "unknown",
        Name = name,
        InKnowledgeBase = false,
    };

    /// <summary>Evidence stating what the IP data says of an address.</summary>
    public static EvidenceItem AsnEvidence(AddressFacts facts, string? rule)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var observation = string.Create(
            CultureInfo.InvariantCulture,
            $"{facts.Address} in {facts.Prefix ?? "?"} announced by AS{facts.Asn} {facts.AsHolder} (registry country {facts.AsCountry ?? "?"}, located {facts.Location ?? "?"})");
        return new EvidenceItem("asn", facts.Address, observation, rule);
    }

    /// <summary>
    /// Attributes one address: a PTR name in a provider's domain names the managed host; the AS names the network.
    /// Returns the network match (always, when the address has an AS) and the PTR match (when one matched).
    /// </summary>
    public AddressAttribution AttributeAddress(string address)
    {
        var facts = Address(address);
        if (facts is null)
        {
            return new AddressAttribution(address, null, null, null, false, []);
        }

        (Provider Provider, EvidenceItem Evidence)? byPtr = null;
        var ptrInOwnDomain = false;
        var ptrEvidence = new List<EvidenceItem>();
        foreach (var ptr in facts.Ptr)
        {
            if (IsOwnHost(ptr))
            {
                ptrInOwnDomain = true;
                ptrEvidence.Add(new EvidenceItem("ptr", address, $"PTR {ptr}", "reverse name in the organisation's own domain"));
                continue;
            }

            var match = Knowledge.Ptr.Match(ptr) ?? Knowledge.Mx.Match(ptr);
            if (match is not null && byPtr is null)
            {
                byPtr = (match.Provider, new EvidenceItem("ptr", address, $"PTR {ptr}", $"{match.Provider.Id}: ptr suffix {match.Suffix}"));
            }
        }

        ProviderRef? network = null;
        Provider? networkProvider = null;
        EvidenceItem? networkEvidence = null;
        if (facts.Asn is { } asn)
        {
            networkProvider = Knowledge.ByAsn(asn);
            network = networkProvider is not null ? Ref(networkProvider) : AsFallback(facts);
            networkEvidence = AsnEvidence(facts, networkProvider is not null ? string.Create(CultureInfo.InvariantCulture, $"{networkProvider.Id}: AS{asn}") : "AS not in the knowledge base");
        }

        return new AddressAttribution(address, network is null ? null : new ProviderMatch(network, networkProvider, networkEvidence!), byPtr is null ? null : new ProviderMatch(Ref(byPtr.Value.Provider), byPtr.Value.Provider, byPtr.Value.Evidence), facts.Location, ptrInOwnDomain, ptrEvidence);
    }
}

/// <summary>A provider found for an observation, with the knowledge-base entry (null for fallbacks) and the evidence.</summary>
public sealed record ProviderMatch(ProviderRef Ref, Provider? Provider, EvidenceItem Evidence);

/// <summary>What one address says: its network (AS), its managed host (PTR), its location, and whether its PTR is the organisation's own.</summary>
public sealed record AddressAttribution(
    string Address,
    ProviderMatch? Network,
    ProviderMatch? HostByPtr,
    string? Location,
    bool PtrInOwnDomain,
    IReadOnlyList<EvidenceItem> OwnPtrEvidence);
