using DnsClient;
using Pavillon.Evidence;

namespace Pavillon.Collect.Dns;

/// <summary>
/// Reads the SPF records an evaluation of a domain's policy would read: the TXT of every include: and redirect=
/// target, depth first in evaluation order, until the 10 DNS-querying terms of RFC 7208 §4.6.4 are spent.
/// It only fetches: the tree, the limit verdict, loops and void lookups are computed by attribution from the
/// lookups, so that a stored scan can be re-judged offline.
/// </summary>
public sealed class SpfWalker(DnsResolver dns)
{
    private readonly DnsResolver _dns = dns ?? throw new ArgumentNullException(nameof(dns));

    /// <summary>
    /// Follows the policy found in <paramref name="txt"/> (the TXT lookup of <paramref name="domain"/>) and returns
    /// every TXT lookup made. A target already on the current include path (a loop) is not fetched again.
    /// </summary>
    public async Task<IReadOnlyList<DnsLookup>> WalkAsync(string domain, DnsLookup txt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var lookups = new List<DnsLookup>();
        var record = SpfRecord.FromLookup(txt, out _);
        if (record is not null)
        {
            var budget = new Budget();
            await VisitAsync(record, [DnsResolver.Normalise(domain)], budget, lookups, cancellationToken).ConfigureAwait(false);
        }

        return lookups;
    }

    private async Task VisitAsync(SpfRecord record, List<string> path, Budget budget, List<DnsLookup> lookups, CancellationToken cancellationToken)
    {
        foreach (var term in record.EvaluationOrder.Where(t => t.QueriesDns))
        {
            if (++budget.Used > SpfRecord.MaxDnsLookups)
            {
                return;
            }

            if (term.Target is not { } target || path.Contains(target, StringComparer.Ordinal))
            {
                continue;
            }

            var lookup = await _dns.QueryAsync(target, QueryType.TXT, cancellationToken).ConfigureAwait(false);
            lookups.Add(lookup);
            if (SpfRecord.FromLookup(lookup, out _) is { } child)
            {
                await VisitAsync(child, [.. path, target], budget, lookups, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>DNS-querying terms met so far across the whole walk.</summary>
    private sealed class Budget
    {
        public int Used { get; set; }
    }
}
