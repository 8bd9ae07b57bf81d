using Pavillon.Evidence;
using Pavillon.Model;

namespace Pavillon.Attribution;

/// <summary>
/// Who hosts the website: every layer found (edge/CDN, platform, managed host, network), each with its evidence,
/// and the operator people would name: platform, else managed host, else network operator, else the edge.
/// </summary>
public static class HostingAttribution
{
    /// <summary>The host that serves the site: the final URL's host when the page loaded, else the website host (or its www twin).</summary>
    public static string? ServingHost(OrganisationEvidence evidence, AttributionContext context)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(context);
        var final = evidence.Web.LastOrDefault(w => w.FinalUrl is not null)?.FinalUrl;
        if (final is not null)
        {
            return new Uri(final).IdnHost;
        }

        if (evidence.WebsiteHost is not { } host)
        {
            return null;
        }

        if (context.AddressesOf(host).Count > 0)
        {
            return host;
        }

        var twin = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : "www." + host;
        return context.AddressesOf(twin).Count > 0 ? twin : host;
    }

    /// <summary>Attributes the hosting of the site served at <paramref name="host"/>.</summary>
    public static HostingSummary Attribute(AttributionContext context, string? host, WebFetch? fetch)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (host is null)
        {
            return new HostingSummary(null, false, []);
        }

        var layers = new LayerSet(host);
        var addresses = context.AddressesOf(host);
        var location = context.LocationOf(addresses);

        // CNAME targets name a CDN, a platform or a managed host.
        foreach (var cname in context.CnameChain(host))
        {
            var match = context.Knowledge.Cname.Match(cname.Data);
            if (match is not null)
            {
                layers.Add(
                    Layers.ForNamedMatch(match.Provider),
                    AttributionContext.Ref(match.Provider),
                    Confidence.High,
                    location,
                    new EvidenceItem("cname", cname.Name, $"CNAME {cname.Data}", $"{match.Provider.Id}: cname suffix {match.Suffix}"));
            }
        }

        // Response headers and the generator tag name edges and platforms.
        var lastHop = fetch?.Hops.LastOrDefault(h => h.Status is not null);
        if (lastHop is not null)
        {
            foreach (var rule in context.Knowledge.HeaderRules)
            {
                if (lastHop.Headers.TryGetValue(rule.Rule.Name, out var value) && rule.Pattern.IsMatch(value))
                {
                    layers.Add(
                        Layers.ForNamedMatch(rule.Provider),
                        AttributionContext.Ref(rule.Provider),
                        Confidence.Medium,
                        location,
                        new EvidenceItem("http-header", lastHop.Url, $"{rule.Rule.Name}: {Shorten(value)}", $"{rule.Provider.Id}: header {rule.Rule.Name} ~ /{rule.Rule.Pattern}/"));
                }
            }
        }

        if (fetch?.Page?.Generator is { } generator)
        {
            foreach (var rule in context.Knowledge.GeneratorRules.Where(r => r.Pattern.IsMatch(generator)))
            {
                layers.Add(
                    Layers.Platform,
                    AttributionContext.Ref(rule.Provider),
                    Confidence.Medium,
                    location,
                    new EvidenceItem("html-generator", fetch.FinalUrl ?? host, $"<meta name=\"generator\" content=\"{Shorten(generator)}\">", $"{rule.Provider.Id}: generator ~ /{rule.Source}/"));
            }
        }

        // Each address: a PTR in a provider's domain names the managed host; the AS names the network.
        var selfEvidence = new List<EvidenceItem>();
        foreach (var address in addresses)
        {
            var attribution = context.AttributeAddress(address);
            if (attribution.HostByPtr is { } byPtr)
            {
                layers.Add(Layers.ForNamedMatch(byPtr.Provider), byPtr.Ref, Confidence.Medium, attribution.Location, byPtr.Evidence);
            }

            if (attribution.Network is { } network)
            {
                var confidence = network.Provider is null ? Confidence.Low : Confidence.High;
                layers.Add(Layers.ForNetworkMatch(network.Provider), network.Ref, confidence, attribution.Location, network.Evidence);
            }

            selfEvidence.AddRange(attribution.OwnPtrEvidence);
        }

        if (addresses.Count > 0 && layers.IsEmpty)
        {
            foreach (var address in addresses)
            {
                layers.Add(Layers.Network, AttributionContext.Unknown("unknown network"), Confidence.Low, context.Address(address)?.Location, new EvidenceItem("dns", host, $"{address}: not in the IP data snapshot"));
            }
        }

        // Self-hosted: the servers' reverse names are the organisation's own, and no platform is in between.
        var selfHosted = selfEvidence.Count > 0 && !layers.Has(Layers.Platform) && !layers.Has(Layers.Host);
        if (selfHosted)
        {
            layers.Add(Layers.Host, context.Self, Confidence.Medium, location, [.. selfEvidence]);
        }

        var all = layers.ToDependencies();
        var named = Layers.BySpecificity
            .Select(layer => all.FirstOrDefault(d => d.Layer == layer && (d.Provider.InKnowledgeBase || d.Provider.Id == "self")))
            .FirstOrDefault(d => d is not null)
            ?? Layers.BySpecificity.Select(layer => all.FirstOrDefault(d => d.Layer == layer)).FirstOrDefault(d => d is not null);
        return new HostingSummary(named?.Provider, selfHosted, all);
    }

    private static string Shorten(string value) => value.Length <= 120 ? value : value[..117] + "...";

    /// <summary>Layers being assembled: one dependency per layer and provider, evidence merged.</summary>
    private sealed class LayerSet(string host)
    {
        private readonly List<(string Layer, ProviderRef Provider, Confidence Confidence, string? Location, List<EvidenceItem> Evidence)> _items = [];

        public bool IsEmpty => _items.Count == 0;

        public bool Has(string layer) => _items.Any(i => i.Layer == layer);

        public void Add(string layer, ProviderRef provider, Confidence confidence, string? location, params EvidenceItem[] evidence)
        {
            var index = _items.FindIndex(i => i.Layer == layer && i.Provider.Id == provider.Id);
            if (index < 0)
            {
                _items.Add((layer, provider, confidence, location, [.. evidence]));
                return;
            }

            var existing = _items[index];
            existing.Evidence.AddRange(evidence.Where(e => !existing.Evidence.Contains(e)));
            _items[index] = (layer, provider, (Confidence)Math.Min((int)existing.Confidence, (int)confidence), existing.Location ?? location, existing.Evidence);
        }

        public List<Dependency> ToDependencies() =>
            _items
                .OrderBy(i => Array.IndexOf(new[] { Layers.Edge, Layers.Platform, Layers.Host, Layers.Network }, i.Layer))
                .Select(i => new Dependency
                {
                    Service = Layers.ServiceOf(i.Layer),
                    Provider = i.Provider,
                    Location = i.Location,
                    Confidence = i.Confidence,
                    Subject = host,
                    Layer = i.Layer,
                    Evidence = i.Evidence,
                })
                .ToList();
    }
}
