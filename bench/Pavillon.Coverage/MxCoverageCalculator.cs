using Pavillon.Domains;
using Pavillon.KnowledgeBase;

namespace Pavillon.Coverage;

/// <summary>Matches every MX host of the data set against <see cref="ProviderKnowledge.Mx"/>, as attribution does first.</summary>
internal static class MxCoverageCalculator
{
    public static MxCoverage Compute(IReadOnlyList<MxmapMunicipality> municipalities, ProviderKnowledge knowledge, PublicSuffixList suffixes)
    {
        int withoutMx = 0, all = 0, some = 0, none = 0, noneOwn = 0, uses = 0, usesKnown = 0;
        var distinct = new Dictionary<string, bool>(StringComparer.Ordinal);
        var providers = new Dictionary<Provider, int>(ReferenceEqualityComparer.Instance);
        var gapMunicipalities = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var gapHosts = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var gapForeign = new HashSet<string>(StringComparer.Ordinal);

        foreach (var m in municipalities)
        {
            if (m.Mx.Count == 0)
            {
                withoutMx++;
                continue;
            }

            var own = suffixes.RegistrableDomain(m.Domain) ?? m.Domain;
            var known = 0;
            var unmatchedOwnOnly = true;
            var seen = new HashSet<Provider>(ReferenceEqualityComparer.Instance);
            foreach (var host in m.Mx)
            {
                var match = knowledge.Mx.Match(host);
                distinct[host] = match is not null;
                uses++;
                if (match is not null)
                {
                    known++;
                    usesKnown++;
                    if (seen.Add(match.Provider))
                    {
                        providers[match.Provider] = providers.GetValueOrDefault(match.Provider) + 1;
                    }

                    continue;
                }

                var domain = suffixes.RegistrableDomain(host) ?? host;
                var isOwn = string.Equals(domain, own, StringComparison.Ordinal);
                unmatchedOwnOnly &= isOwn;
                if (!gapMunicipalities.TryGetValue(domain, out var set))
                {
                    gapMunicipalities[domain] = set = new HashSet<string>(StringComparer.Ordinal);
                    gapHosts[domain] = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(m.Bfs);
                gapHosts[domain].Add(host);
                if (!isOwn)
                {
                    gapForeign.Add(domain);
                }
            }

            if (known == m.Mx.Count)
            {
                all++;
            }
            else if (known > 0)
            {
                some++;
            }
            else
            {
                none++;
                if (unmatchedOwnOnly)
                {
                    noneOwn++;
                }
            }
        }

        var gaps = gapMunicipalities
            .Select(g => new MxGap(g.Key, g.Value.Count, gapHosts[g.Key].Count, !gapForeign.Contains(g.Key), gapHosts[g.Key].Min!))
            .OrderByDescending(g => g.Municipalities).ThenBy(g => g.Domain, StringComparer.Ordinal)
            .ToList();
        var shares = providers
            .Select(p => new ProviderShare(p.Key.Id, p.Key.Name, p.Key.Jurisdiction, p.Value))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        return new MxCoverage(
            municipalities.Count, withoutMx, all, some, none, noneOwn, uses, usesKnown,
            distinct.Count, distinct.Count(d => d.Value), shares, gaps);
    }
}
