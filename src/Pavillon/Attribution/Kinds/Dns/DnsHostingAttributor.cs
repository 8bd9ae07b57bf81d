using Pavillon.Evidence;
using Pavillon.Model;

namespace Pavillon.Attribution.Kinds.Dns;

/// <summary>Who serves the organisation's DNS zone: the NS host names, else the networks of their addresses.</summary>
public sealed class DnsHostingAttributor : IServiceAttributor
{
    /// <inheritdoc/>
    public IEnumerable<Dependency> Attribute(AttributionContext context, WebFetch? homePage)
    {
        ArgumentNullException.ThrowIfNull(context);
        var zone = context.Evidence.WebsiteHost is { } host ? context.Suffixes.RegistrableDomain(host) ?? host : null;
        var lookup = zone is null ? null : context.Lookup(zone, "NS");
        if (lookup is null)
        {
            yield break;
        }

        var found = new Dictionary<string, Dependency>(StringComparer.Ordinal);
        foreach (var ns in lookup.Answers.Where(a => a.Type == "NS").Select(a => a.Data).Distinct(StringComparer.Ordinal))
        {
            var nsEvidence = new EvidenceItem("ns", zone!, $"{zone} NS {ns}");
            var addresses = context.AddressesOf(ns);
            Dependency dependency;
            var byName = context.Knowledge.Ns.Match(ns);
            if (byName is not null)
            {
                dependency = Make(AttributionContext.Ref(byName.Provider), Confidence.High, context.LocationOf(addresses), ns, [nsEvidence with { Rule = $"{byName.Provider.Id}: ns suffix {byName.Suffix}" }]);
            }
            else
            {
                var attributions = addresses.Select(context.AttributeAddress).ToList();
                var network = attributions.Select(a => a.HostByPtr ?? a.Network).FirstOrDefault(m => m is not null);
                var evidence = new List<EvidenceItem> { nsEvidence };
                evidence.AddRange(attributions.SelectMany(a => new[] { a.HostByPtr?.Evidence, a.Network?.Evidence }).OfType<EvidenceItem>());
                var own = context.IsOwnHost(ns) && attributions.Any(a => a.PtrInOwnDomain);
                dependency = own
                    ? Make(context.Self, Confidence.Medium, context.LocationOf(addresses), ns, evidence)
                    : network is not null
                        ? Make(network.Ref, network.Provider is null ? Confidence.Low : Confidence.Medium, context.LocationOf(addresses), ns, evidence)
                        : Make(AttributionContext.Unknown(ns), Confidence.Low, null, ns, evidence);
            }

            if (found.TryGetValue(dependency.Provider.Id + "|" + dependency.Provider.Name, out var existing))
            {
                found[dependency.Provider.Id + "|" + dependency.Provider.Name] = existing with
                {
                    Subject = existing.Subject + ", " + ns,
                    Evidence = [.. existing.Evidence, .. dependency.Evidence],
                };
            }
            else
            {
                found[dependency.Provider.Id + "|" + dependency.Provider.Name] = dependency;
            }
        }

        foreach (var dependency in found.Values)
        {
            yield return dependency;
        }
    }

    private static Dependency Make(ProviderRef provider, Confidence confidence, string? location, string subject, List<EvidenceItem> evidence) => new()
    {
        Service = ServiceKind.Dns,
        Provider = provider,
        Confidence = confidence,
        Location = location,
        Subject = subject,
        Evidence = evidence,
    };
}
