using Pavillon.Attribution;
using Pavillon.Domains;
using Pavillon.Evidence;
using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Tests.Attribution;

/// <summary>
/// Builds the observations of one organisation literally, as the collect stage would have recorded them,
/// so that each attribution test states its whole world: DNS answers, pages, addresses, NodeInfo, errors.
/// </summary>
internal sealed class EvidenceBuilder
{
    private readonly string _name;
    private readonly string _website;
    private readonly string? _websiteHost;
    private readonly List<DnsLookup> _dns = [];
    private readonly List<WebFetch> _web = [];
    private readonly List<AddressFacts> _addresses = [];
    private readonly List<NodeInfoFetch> _nodeInfo = [];
    private readonly List<StageError> _errors = [];
    private readonly List<Provider> _providers = [];
    private List<string>? _mailDomains;
    private string _homeCountry = "FR";

    private EvidenceBuilder(string name, string website, string? websiteHost)
    {
        _name = name;
        _website = website;
        _websiteHost = websiteHost;
    }

    /// <summary>An organisation whose website host is <paramref name="host"/>; mail is read at its registrable domain unless told otherwise.</summary>
    public static EvidenceBuilder For(string host, string name = "Parti exemple") => new(name, host, host);

    /// <summary>An organisation whose website could not be parsed: the collect stage recorded only the input error.</summary>
    public static EvidenceBuilder Invalid(string website, string name = "Parti exemple") =>
        new EvidenceBuilder(name, website, null).Error("input", $"field 'website': '{website}' is not a domain name or an http(s) URL");

    /// <summary>The providers the knowledge base of this world knows.</summary>
    public EvidenceBuilder Knowing(params Provider[] providers)
    {
        _providers.AddRange(providers);
        return this;
    }

    public EvidenceBuilder MailDomains(params string[] domains)
    {
        _mailDomains = [.. domains];
        return this;
    }

    public EvidenceBuilder HomeCountry(string country)
    {
        _homeCountry = country;
        return this;
    }

    /// <summary>Address records of <paramref name="name"/> (A or AAAA by the form of each address).</summary>
    public EvidenceBuilder A(string name, params string[] addresses)
    {
        foreach (var address in addresses)
        {
            var type = address.Contains(':', StringComparison.Ordinal) ? "AAAA" : "A";
            Answer(name, type, new DnsAnswer(name, type, address, 300));
        }

        if (addresses.Length == 0)
        {
            Answer(name, "A", null);
        }

        return this;
    }

    /// <summary>A CNAME from <paramref name="name"/> to <paramref name="target"/>, seen in the address lookup of <paramref name="name"/>.</summary>
    public EvidenceBuilder Cname(string name, string target) => Answer(name, "A", new DnsAnswer(name, "CNAME", target, 300));

    /// <summary>MX records of <paramref name="domain"/> in presentation form ("10 mx.exemple.fr"; "0 " for a null MX).</summary>
    public EvidenceBuilder Mx(string domain, params string[] records)
    {
        Answer(domain, "MX", null);
        foreach (var record in records)
        {
            Answer(domain, "MX", new DnsAnswer(domain, "MX", record, 300));
        }

        return this;
    }

    public EvidenceBuilder Ns(string zone, params string[] hosts)
    {
        Answer(zone, "NS", null);
        foreach (var host in hosts)
        {
            Answer(zone, "NS", new DnsAnswer(zone, "NS", host, 300));
        }

        return this;
    }

    public EvidenceBuilder Txt(string domain, params string[] texts)
    {
        Answer(domain, "TXT", null);
        foreach (var text in texts)
        {
            Answer(domain, "TXT", new DnsAnswer(domain, "TXT", text, 300));
        }

        return this;
    }

    /// <summary>A zone that exists: its SOA record.</summary>
    public EvidenceBuilder Soa(string zone) => Answer(zone, "SOA", new DnsAnswer(zone, "SOA", $"ns1.{zone} hostmaster.{zone} 2026010101", 3600));

    /// <summary>A question that got no usable answer (NXDOMAIN, timeout, SERVFAIL...), replacing any answer given before.</summary>
    public EvidenceBuilder Dns(string name, string type, DnsStatus status)
    {
        _dns.RemoveAll(l => l.Name == name && l.Type == type);
        _dns.Add(new DnsLookup(name, type, status, []) { Error = status is DnsStatus.Timeout ? "no answer before the timeout" : null });
        return this;
    }

    /// <summary>What the IP data and reverse DNS say about <paramref name="address"/>.</summary>
    public EvidenceBuilder Address(string address, int? asn = null, string? holder = null, string? asCountry = null, string? location = null, params string[] ptr)
    {
        _addresses.Add(new AddressFacts(address)
        {
            Asn = asn,
            AsHolder = holder,
            AsCountry = asCountry,
            Prefix = asn is null ? null : address + "/32",
            Location = location,
            Ptr = ptr,
        });
        return this;
    }

    /// <summary>A home page that loaded from <paramref name="url"/>, described by <paramref name="page"/>.</summary>
    public EvidenceBuilder Page(string url, Action<WebFetchBuilder>? page = null)
    {
        var builder = new WebFetchBuilder(url);
        page?.Invoke(builder);
        _web.Add(builder.Build());
        return this;
    }

    /// <summary>A home page that did not load; the collect stage also records the error of the web stage.</summary>
    public EvidenceBuilder WebFailure(string url, string error)
    {
        var message = $"{url}: {error}";
        _web.Add(new WebFetch(url, [new HttpHop(url) { Error = message }]) { Error = message });
        return Error("web", message);
    }

    public EvidenceBuilder NodeInfo(string host, string software, string version = "4.3.2") =>
        AddNodeInfo(new NodeInfoFetch(host) { Software = software, Version = version, DocumentUrl = $"https://{host}/nodeinfo/2.0" });

    public EvidenceBuilder NodeInfoFailure(string host, string error) => AddNodeInfo(new NodeInfoFetch(host) { Error = error });

    public EvidenceBuilder Error(string stage, string message)
    {
        _errors.Add(new StageError(stage, message));
        return this;
    }

    public OrganisationEvidence Build()
    {
        var mailDomains = _mailDomains
            ?? (_websiteHost is null ? [] : [PublicSuffixList.Default.RegistrableDomain(_websiteHost) ?? _websiteHost]);
        return new OrganisationEvidence
        {
            Organisation = new Organisation(_name, _website, "Partis", _mailDomains ?? [], _homeCountry),
            WebsiteHost = _websiteHost,
            MailDomains = mailDomains,
            Dns = [.. _dns],
            Web = [.. _web],
            Addresses = [.. _addresses],
            NodeInfo = [.. _nodeInfo],
            Errors = [.. _errors],
        };
    }

    public ProviderKnowledge Knowledge() => ProviderKnowledge.FromProviders(_providers);

    /// <summary>Runs the attribute stage on this world.</summary>
    public OrganisationResult Attribute() => new Attributor(Knowledge(), PublicSuffixList.Default).Attribute(Build());

    /// <summary>The shared reasoning of the attribute stage on this world, for the attributors of further kinds.</summary>
    public AttributionContext Context() => new(Build(), Knowledge(), PublicSuffixList.Default);

    private EvidenceBuilder AddNodeInfo(NodeInfoFetch fetch)
    {
        _nodeInfo.Add(fetch);
        return this;
    }

    private EvidenceBuilder Answer(string name, string type, DnsAnswer? answer)
    {
        var index = _dns.FindIndex(l => l.Name == name && l.Type == type);
        if (index < 0)
        {
            _dns.Add(new DnsLookup(name, type, DnsStatus.NoError, []));
            index = _dns.Count - 1;
        }

        if (answer is not null)
        {
            _dns[index] = _dns[index] with { Answers = [.. _dns[index].Answers, answer] };
        }

        return this;
    }
}
