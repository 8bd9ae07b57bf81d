using Pavillon.KnowledgeBase;
using Pavillon.Network;

namespace Pavillon.Coverage;

/// <summary>Ranks ASNs by the IPv4 space they originate and checks each against the knowledge base.</summary>
internal static class AsnCoverageCalculator
{
    /// <param name="label">Label of the measure in the report.</param>
    /// <param name="spaces">Every AS of the snapshot, largest first (<see cref="IpDataAddressSpace.ByAs"/>).</param>
    /// <param name="knowledge">The knowledge base.</param>
    /// <param name="top">How many of the largest ASNs to measure.</param>
    /// <param name="country">Only ASNs of this registry country; null for all.</param>
    public static AsnCoverage Compute(string label, IReadOnlyList<AsAddressSpace> spaces, ProviderKnowledge knowledge, int top, string? country = null)
    {
        var measured = spaces
            .Where(s => country is null || string.Equals(s.AsCountry, country, StringComparison.OrdinalIgnoreCase))
            .Take(top)
            .ToList();
        var gaps = new List<AsnGap>();
        var providers = new Dictionary<Provider, int>(ReferenceEqualityComparer.Instance);
        long addresses = 0, knownAddresses = 0;
        var known = 0;
        for (var i = 0; i < measured.Count; i++)
        {
            var s = measured[i];
            addresses += s.Ipv4Addresses;
            if (knowledge.ByAsn(s.Asn) is { } provider)
            {
                known++;
                knownAddresses += s.Ipv4Addresses;
                providers[provider] = providers.GetValueOrDefault(provider) + 1;
            }
            else
            {
                gaps.Add(new AsnGap(i + 1, s.Asn, s.Holder, s.AsCountry, s.Ipv4Addresses));
            }
        }

        var shares = providers
            .Select(p => new ProviderShare(p.Key.Id, p.Key.Name, p.Key.Jurisdiction, p.Value))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        return new AsnCoverage(label, measured.Count, known, addresses, knownAddresses, shares, gaps);
    }
}
