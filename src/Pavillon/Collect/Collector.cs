using System.Net;
using System.Text;
using DnsClient;
using Pavillon.Collect.Dns;
using Pavillon.Collect.Fediverse;
using Pavillon.Collect.Rdap;
using Pavillon.Collect.Render;
using Pavillon.Collect.Tenant;
using Pavillon.Collect.Web;
using Pavillon.Domains;
using Pavillon.Evidence;
using Pavillon.Input;
using Pavillon.Model;
using Pavillon.Network;
using Pavillon.Web;

namespace Pavillon.Collect;

/// <summary>
/// The collect stage: the only part of Pavillon that touches the network. For each organisation it asks DNS,
/// loads the home page, confirms Fediverse instances and describes every address seen, and returns the
/// observations as an <see cref="EvidenceBundle"/>. One organisation's failure never stops the others.
/// </summary>
public sealed class Collector : IDisposable
{
    /// <summary>Most Fediverse instances probed per organisation (a page rarely promotes more).</summary>
    public const int MaxFediverseInstances = 5;

    private readonly ScanOptions _options;
    private readonly DnsResolver _dns;
    private readonly HttpClient _http;
    private readonly WebFetcher _web;
    private readonly NodeInfoProbe _nodeInfo;
    private readonly SpfWalker _spf;
    private readonly IpDataSnapshot? _ipData;
    private readonly PublicSuffixList _suffixes;

    // RDAP (skipped with --offline) and the --render deep mode; null when not used.
    private readonly RdapClient? _rdap;
    private readonly MicrosoftRealmProbe? _realm;
    private readonly ChromiumRenderer? _renderer;

    static Collector()
    {
        // Older French sites still declare windows-1252 or ISO-8859-15.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Creates a collector; <paramref name="ipData"/> may be null, then addresses are described by reverse DNS only.</summary>
    public Collector(ScanOptions options, IpDataSnapshot? ipData, PublicSuffixList suffixes)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _ipData = ipData;
        _suffixes = suffixes ?? throw new ArgumentNullException(nameof(suffixes));
        _dns = new DnsResolver(options);
        _spf = new SpfWalker(_dns);
        _http = HttpClientFactory.Create(options, _dns);
        _web = new WebFetcher(_http, options, new TlsProbe(options, _dns));
        _nodeInfo = new NodeInfoProbe(_web);
        _rdap = options.Offline || options.NoRdap ? null : RdapClient.Create(_http, options);
        _realm = options.Offline || options.NoTenantProbe ? null : new MicrosoftRealmProbe(_web, options);
        _renderer = options.Render ? new ChromiumRenderer(options, _dns) : null;
    }

    /// <summary>Audits every organisation, at most <see cref="ScanOptions.Concurrency"/> at once, keeping the input order.</summary>
    public async Task<EvidenceBundle> CollectAsync(IReadOnlyList<Organisation> organisations, IProgress<OrganisationEvidence>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var startedAt = DateTimeOffset.UtcNow;
        var results = new OrganisationEvidence[organisations.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, organisations.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Concurrency), CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var evidence = await CollectOneAsync(organisations[index], token).ConfigureAwait(false);
                results[index] = evidence;
                progress?.Report(evidence);
            }).ConfigureAwait(false);
        return new EvidenceBundle
        {
            StartedAt = startedAt,
            FinishedAt = DateTimeOffset.UtcNow,
            IpData = _ipData?.Info,
            Organisations = results,
        };
    }

    /// <summary>Audits one organisation; unexpected failures are kept as errors of the stage they happened in.</summary>
    public async Task<OrganisationEvidence> CollectOneAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var website = Website.Parse(organisation.Website, out var inputError);
        if (website is null)
        {
            return new OrganisationEvidence
            {
                Organisation = organisation,
                Errors = [new StageError("input", $"field 'website': {inputError}")],
            };
        }

        var session = new Session(organisation, website.Host);
        try
        {
            await CollectDnsAsync(session, website, cancellationToken).ConfigureAwait(false);
            var rdap = CollectRdapAsync(session, cancellationToken);
            var realms = CollectTenantRealmsAsync(session, cancellationToken);
            await CollectWebAsync(session, website, cancellationToken).ConfigureAwait(false);
            await CollectRenderAsync(session, website, cancellationToken).ConfigureAwait(false);
            await DescribeAddressesAsync(session, cancellationToken).ConfigureAwait(false);
            await rdap.ConfigureAwait(false);
            await realms.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            session.Errors.Add(new StageError("collect", $"unexpected failure: {ex.Message}"));
        }

        return session.ToEvidence();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _renderer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _rdap?.Dispose();
        _realm?.Dispose();
        _http.Dispose();
    }

    /// <summary>The registry's RDAP record of the registrable domain; a failure stays in the record, the status is not touched.</summary>
    private async Task CollectRdapAsync(Session session, CancellationToken cancellationToken)
    {
        if (_rdap is not null)
        {
            session.Rdap = await _rdap.LookupAsync(session.Registrable, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether a Microsoft Entra tenant verified each mail domain; a failure stays in the record, the status is not touched.</summary>
    private async Task CollectTenantRealmsAsync(Session session, CancellationToken cancellationToken)
    {
        if (_realm is null)
        {
            return;
        }

        var fetches = await Task.WhenAll(session.MailDomains.Select(d => _realm.ProbeAsync(d, cancellationToken))).ConfigureAwait(false);
        session.TenantRealms.AddRange(fetches);
    }

    /// <summary>The --render deep mode: the page the static fetch reached (or the website) in headless Chromium.</summary>
    private async Task CollectRenderAsync(Session session, Website website, CancellationToken cancellationToken)
    {
        if (_renderer is null)
        {
            return;
        }

        var reached = session.Web.LastOrDefault(w => w.FinalUrl is not null)?.FinalUrl;
        var render = await _renderer.RenderAsync(reached is null ? website.Url : new Uri(reached), cancellationToken).ConfigureAwait(false);
        session.Render = render;
        if (render.Error is not null)
        {
            session.Errors.Add(new StageError("render", render.Error));
        }
    }

    private async Task CollectDnsAsync(Session session, Website website, CancellationToken cancellationToken)
    {
        var host = website.Host;
        var registrable = _suffixes.RegistrableDomain(host) ?? host;
        session.Registrable = registrable;
        session.MailDomains.AddRange(session.Organisation.MailDomains.Count > 0 ? session.Organisation.MailDomains : [registrable]);

        // The website host, and its www / apex twin: people type either.
        var webNames = new List<string> { host };
        if (host == registrable)
        {
            webNames.Add("www." + host);
        }
        else if (host == "www." + registrable)
        {
            webNames.Add(registrable);
        }

        var tasks = new List<Task>();
        foreach (var name in webNames)
        {
            tasks.Add(ResolveIntoAsync(session, name, cancellationToken));
        }

        foreach (var domain in session.MailDomains)
        {
            tasks.Add(CollectMailAsync(session, domain, cancellationToken));
        }

        tasks.Add(CollectZoneAsync(session, registrable, cancellationToken));
        await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private async Task ResolveIntoAsync(Session session, string name, CancellationToken cancellationToken)
    {
        var resolution = await _dns.ResolveAddressesAsync(name, cancellationToken).ConfigureAwait(false);
        session.Add(resolution.Lookups);
    }

    private async Task CollectMailAsync(Session session, string domain, CancellationToken cancellationToken)
    {
        var mx = await _dns.QueryAsync(domain, QueryType.MX, cancellationToken).ConfigureAwait(false);
        session.Add(mx);
        var hosts = mx.Answers.Where(a => a.Type == "MX")
            .Select(a => a.Data.Split(' ', 2))
            .Where(parts => parts.Length == 2 && parts[1].Length > 0)
            .Select(parts => parts[1])
            .Distinct(StringComparer.Ordinal);
        await Task.WhenAll(hosts.Select(h => ResolveIntoAsync(session, h, cancellationToken))).ConfigureAwait(false);
        var txt = await _dns.QueryAsync(domain, QueryType.TXT, cancellationToken).ConfigureAwait(false);
        session.Add(txt);
        session.Add(await _dns.QueryAsync("_dmarc." + domain, QueryType.TXT, cancellationToken).ConfigureAwait(false));

        // Mail signals beyond MX: the SPF include tree within the RFC 7208 lookup limit, DKIM selectors and
        // client set-up names, which reveal the mailbox provider behind a filtering gateway and other tenants.
        session.Add(await _spf.WalkAsync(domain, txt, cancellationToken).ConfigureAwait(false));
        session.Add(await MailProbes.ProbeAsync(_dns, domain, cancellationToken).ConfigureAwait(false));
    }

    private async Task CollectZoneAsync(Session session, string registrable, CancellationToken cancellationToken)
    {
        var soa = await _dns.QueryAsync(registrable, QueryType.SOA, cancellationToken).ConfigureAwait(false);
        session.Add(soa);
        var ns = await _dns.QueryAsync(registrable, QueryType.NS, cancellationToken).ConfigureAwait(false);
        session.Add(ns);
        var hosts = ns.Answers.Where(a => a.Type == "NS").Select(a => a.Data).Distinct(StringComparer.Ordinal);
        await Task.WhenAll(hosts.Select(h => ResolveIntoAsync(session, h, cancellationToken))).ConfigureAwait(false);
        if (!session.MailDomains.Contains(registrable))
        {
            session.Add(await _dns.QueryAsync(registrable, QueryType.TXT, cancellationToken).ConfigureAwait(false));
        }
    }

    private async Task CollectWebAsync(Session session, Website website, CancellationToken cancellationToken)
    {
        var fetch = await _web.FetchHomePageAsync(website.Url, cancellationToken).ConfigureAwait(false);
        if (fetch.FinalUrl is null && website.Host == session.Registrable && !session.HasAddress(website.Host) && session.HasAddress("www." + website.Host))
        {
            // The apex has no address but www has: that is the site people reach.
            session.Web.Add(fetch);
            fetch = await _web.FetchHomePageAsync(new UriBuilder(website.Url) { Host = "www." + website.Host }.Uri, cancellationToken).ConfigureAwait(false);
        }

        session.Web.Add(fetch);
        if (fetch.FinalUrl is null)
        {
            session.Errors.Add(new StageError("web", fetch.Error ?? "the home page could not be loaded"));
            return;
        }

        // Redirects may lead to another host: its addresses are the ones that serve the site.
        var finalHost = new Uri(fetch.FinalUrl).IdnHost;
        foreach (var hop in fetch.Hops.Select(h => new Uri(h.Url).IdnHost).Append(finalHost).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!session.HasLookup(hop))
            {
                await ResolveIntoAsync(session, hop, cancellationToken).ConfigureAwait(false);
            }
        }

        if (fetch.Error is not null)
        {
            session.Errors.Add(new StageError("web", fetch.Error));
        }

        if (fetch.Page is not null)
        {
            await CollectFediverseAsync(session, fetch.Page, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CollectFediverseAsync(Session session, PageFacts page, CancellationToken cancellationToken)
    {
        var instances = page.Links
            .Select(l => Uri.TryCreate(l.Url, UriKind.Absolute, out var u) && FediverseProfile.TryParse(u, out var profile) ? profile.Host : null)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxFediverseInstances)
            .ToList();
        foreach (var instance in instances)
        {
            var probe = await _nodeInfo.ProbeAsync(instance, cancellationToken).ConfigureAwait(false);
            session.NodeInfo.Add(probe);
            if (probe.Software is not null)
            {
                await ResolveIntoAsync(session, instance, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task DescribeAddressesAsync(Session session, CancellationToken cancellationToken)
    {
        var addresses = session.Addresses();
        var facts = await Task.WhenAll(addresses.Select(async address =>
        {
            var ptr = await _dns.ReverseAsync(address, cancellationToken).ConfigureAwait(false);
            session.Add(ptr);
            var network = IPAddress.TryParse(address, out var ip) ? _ipData?.Lookup(ip) : null;
            return new AddressFacts(address)
            {
                Asn = network?.Asn,
                AsHolder = network?.Holder,
                AsCountry = network?.AsCountry,
                Prefix = network?.Range,
                Location = network?.Location,
                Ptr = ptr.Answers.Where(a => a.Type == "PTR").Select(a => a.Data).ToList(),
            };
        })).ConfigureAwait(false);
        session.AddressFacts.AddRange(facts);
    }

    /// <summary>What has been observed so far for one organisation; lookups are added from several tasks.</summary>
    private sealed class Session(Organisation organisation, string websiteHost)
    {
        private readonly List<DnsLookup> _dns = [];

        public Organisation Organisation { get; } = organisation;

        public string WebsiteHost { get; } = websiteHost;

        public string Registrable { get; set; } = websiteHost;

        public List<string> MailDomains { get; } = [];

        public List<WebFetch> Web { get; } = [];

        public List<NodeInfoFetch> NodeInfo { get; } = [];

        public List<AddressFacts> AddressFacts { get; } = [];

        public List<StageError> Errors { get; } = [];

        public RdapFetch? Rdap { get; set; }

        public List<TenantRealmFetch> TenantRealms { get; } = [];

        public RenderFetch? Render { get; set; }

        public void Add(DnsLookup lookup)
        {
            lock (_dns)
            {
                if (!_dns.Any(l => l.Name == lookup.Name && l.Type == lookup.Type))
                {
                    _dns.Add(lookup);
                }
            }
        }

        public void Add(IEnumerable<DnsLookup> lookups)
        {
            foreach (var lookup in lookups)
            {
                Add(lookup);
            }
        }

        public bool HasLookup(string name)
        {
            lock (_dns)
            {
                return _dns.Any(l => l.Name == name && l.Type is "A" or "AAAA");
            }
        }

        public bool HasAddress(string name)
        {
            lock (_dns)
            {
                return _dns.Any(l => l.Name == name && l.Type is "A" or "AAAA" && l.Answers.Any(a => a.Type is "A" or "AAAA"));
            }
        }

        public List<string> Addresses()
        {
            lock (_dns)
            {
                return _dns.Where(l => l.Type is "A" or "AAAA")
                    .SelectMany(l => l.Answers.Where(a => a.Type is "A" or "AAAA").Select(a => a.Data))
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
            }
        }

        public OrganisationEvidence ToEvidence()
        {
            lock (_dns)
            {
                return new OrganisationEvidence
                {
                    Organisation = Organisation,
                    WebsiteHost = WebsiteHost,
                    MailDomains = MailDomains,
                    Dns = _dns.OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Type, StringComparer.Ordinal).ToList(),
                    Web = Web,
                    Addresses = AddressFacts.OrderBy(a => a.Address, StringComparer.Ordinal).ToList(),
                    NodeInfo = NodeInfo,
                    Rdap = Rdap,
                    TenantRealms = TenantRealms,
                    Render = Render,
                    Errors = Errors,
                };
            }
        }
    }
}
