using Pavillon.Attribution;
using Pavillon.Domains;
using Pavillon.Evidence;
using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Tests.Attribution.Email;

/// <summary>
/// A literal evidence bundle for one organisation, written record by record as a zone file would be, and
/// attributed with the committed knowledge base (plus the few identifiers listed in <see cref="Knowledge"/>).
/// </summary>
internal sealed class MailEvidence(string domain)
{
    private static readonly Lazy<ProviderKnowledge> LazyKnowledge = new(LoadKnowledge);

    private readonly List<DnsLookup> _lookups = [];
    private readonly List<AddressFacts> _addresses = [];
    private readonly List<TenantRealmFetch> _realms = [];

    /// <summary>
    /// The committed providers, with Microsoft's and Proton's DKIM and tenant CNAME domains added when the files
    /// do not list them yet, so that these tests check the rules rather than the state of the data.
    /// </summary>
    public static ProviderKnowledge Knowledge => LazyKnowledge.Value;

    public string Domain { get; } = domain;

    public MailEvidence Mx(params string[] data) => Add(Domain, "MX", data);

    public MailEvidence Txt(string name, params string[] texts) => Add(name, "TXT", texts);

    /// <summary>A TXT question answered through a CNAME (as resolvers answer for a DKIM selector delegated to a provider).</summary>
    public MailEvidence TxtViaCname(string name, string target, string? text = null)
    {
        var answers = new List<DnsAnswer> { new(name, "CNAME", target, 300) };
        if (text is not null)
        {
            answers.Add(new DnsAnswer(target, "TXT", text, 300));
        }

        return Add(new DnsLookup(name, "TXT", text is null ? DnsStatus.NxDomain : DnsStatus.NoError, answers));
    }

    public MailEvidence Cname(string name, string target) =>
        Add(new DnsLookup(name, "CNAME", DnsStatus.NoError, [new DnsAnswer(name, "CNAME", target, 300)]));

    public MailEvidence Srv(string name, string data) =>
        Add(new DnsLookup(name, "SRV", DnsStatus.NoError, [new DnsAnswer(name, "SRV", data, 300)]));

    /// <summary>A name that does not exist.</summary>
    public MailEvidence NxDomain(string name, string type) => Add(new DnsLookup(name, type, DnsStatus.NxDomain, []));

    /// <summary>An A lookup, through a CNAME chain when <paramref name="chain"/> is given.</summary>
    public MailEvidence Address(string name, string address, int asn, string holder, string country, params string[] chain)
    {
        var answers = new List<DnsAnswer>();
        var current = name;
        foreach (var next in chain)
        {
            answers.Add(new DnsAnswer(current, "CNAME", next, 300));
            current = next;
        }

        answers.Add(new DnsAnswer(current, "A", address, 300));
        _addresses.Add(new AddressFacts(address) { Asn = asn, AsHolder = holder, AsCountry = country, Location = country });
        return Add(new DnsLookup(name, "A", DnsStatus.NoError, answers));
    }

    public MailEvidence Ptr(string address, string name)
    {
        var index = _addresses.FindIndex(a => a.Address == address);
        _addresses[index] = _addresses[index] with { Ptr = [name] };
        return this;
    }

    /// <summary>What Microsoft's user-realm service answered for the domain ("Managed", "Federated", "Unknown").</summary>
    public MailEvidence Realm(string namespaceType)
    {
        _realms.Add(new TenantRealmFetch("microsoft-entra", Domain, $"https://login.microsoftonline.com/getuserrealm.srf?login=postmaster%40{Domain}&json=1") { NamespaceType = namespaceType });
        return this;
    }

    public OrganisationEvidence Build() => new()
    {
        Organisation = new Organisation("Organisation exemple", "https://www." + Domain, "Test", [Domain]),
        WebsiteHost = "www." + Domain,
        MailDomains = [Domain],
        Dns = _lookups,
        Addresses = _addresses,
        TenantRealms = _realms,
    };

    public AttributionContext Context() => new(Build(), Knowledge, PublicSuffixList.Default);

    public OrganisationResult Attribute() => new Attributor(Knowledge, PublicSuffixList.Default).Attribute(Build());

    private MailEvidence Add(string name, string type, string[] data) =>
        Add(new DnsLookup(name, type, DnsStatus.NoError, [.. data.Select(d => new DnsAnswer(name, type, d, 300))]));

    private MailEvidence Add(DnsLookup lookup)
    {
        _lookups.RemoveAll(l => l.Name == lookup.Name && l.Type == lookup.Type);
        _lookups.Add(lookup);
        return this;
    }

    private static ProviderKnowledge LoadKnowledge()
    {
        var loaded = ProviderKnowledge.Load(Path.Combine(AppContext.BaseDirectory, "data", "providers"));
        var extra = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["microsoft-365"] = ["onmicrosoft.com", "dkim.mail.microsoft", "manage.microsoft.com", "enterpriseregistration.windows.net", "online.lync.com"],
            ["proton"] = ["domains.proton.ch"],
        };
        return ProviderKnowledge.FromProviders(loaded.Providers.Select(p => extra.TryGetValue(p.Id, out var suffixes)
            ? p with { Identify = p.Identify with { Cname = [.. p.Identify.Cname.Union(suffixes, StringComparer.Ordinal)] } }
            : p));
    }
}
