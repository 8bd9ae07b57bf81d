using Pavillon.Collect.Dns;
using Pavillon.Evidence;

namespace Pavillon.Attribution.Kinds.EmailOutbound;

/// <summary>
/// Rebuilds a domain's SPF include tree from the TXT lookups the collect stage made, the way a receiver
/// evaluates it (RFC 7208 §4.6 and §5.2): depth first, mechanisms left to right then redirect=, counting
/// every DNS-querying term and stopping the descent after the 10th. Pure: no I/O.
/// </summary>
public static class SpfTree
{
    /// <summary>Evaluates the SPF policy of <paramref name="domain"/> from the evidence of <paramref name="context"/>.</summary>
    public static SpfEvaluation Evaluate(AttributionContext context, string domain)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(domain);
        var root = SpfRecord.FromLookup(context.Lookup(domain, "TXT"), out var count);
        var walk = new Walk(context);
        if (count > 1)
        {
            walk.Problems.Add($"{domain} publishes {count} SPF records (RFC 7208 §4.5: permerror)");
        }

        if (root is not null)
        {
            walk.Visit(root, [domain.ToLowerInvariant()]);
        }

        if (walk.Lookups > SpfRecord.MaxDnsLookups)
        {
            walk.Problems.Insert(0, $"more than {SpfRecord.MaxDnsLookups} DNS-querying terms (RFC 7208 §4.6.4: permerror); includes past the {SpfRecord.MaxDnsLookups}th are never evaluated");
        }

        if (walk.Voids > SpfRecord.MaxVoidLookups)
        {
            walk.Problems.Add($"{walk.Voids} void lookups, more than {SpfRecord.MaxVoidLookups} (RFC 7208 §4.6.4: permerror)");
        }

        return new SpfEvaluation(domain, root?.Text)
        {
            Authorisations = walk.Authorisations,
            DnsLookups = walk.Lookups,
            VoidLookups = walk.Voids,
            Loops = walk.Loops,
            Problems = walk.Problems,
        };
    }

    /// <summary>The state of one evaluation.</summary>
    private sealed class Walk(AttributionContext context)
    {
        public List<SpfAuthorisation> Authorisations { get; } = [];

        public List<string> Loops { get; } = [];

        public List<string> Problems { get; } = [];

        public int Lookups { get; private set; }

        public int Voids { get; private set; }

        public void Visit(SpfRecord record, List<string> path)
        {
            foreach (var term in record.EvaluationOrder.Where(t => t.QueriesDns))
            {
                Lookups++;
                if (term.Target is not { } target)
                {
                    continue;
                }

                var authorisation = new SpfAuthorisation(term.Name, target, path, Lookups);
                Authorisations.Add(authorisation);
                if (path.Contains(target, StringComparer.Ordinal))
                {
                    // A policy that includes one of its ancestors never ends: receivers give up with permerror.
                    Loops.Add(authorisation.Chain);
                    Problems.Add($"include loop {authorisation.Chain} (permerror)");
                    continue;
                }

                if (authorisation.BeyondLimit)
                {
                    // Receivers stop at the limit, and so did the collect stage: nothing below is known.
                    continue;
                }

                var lookup = context.Lookup(target, "TXT");
                if (lookup is null)
                {
                    continue;
                }

                if (lookup.Status == DnsStatus.NxDomain || (lookup.Status == DnsStatus.NoError && !lookup.Answers.Any(a => a.Type == "TXT")))
                {
                    Voids++;
                }

                var child = SpfRecord.FromLookup(lookup, out var count);
                if (child is null)
                {
                    if (lookup.Status is DnsStatus.NoError or DnsStatus.NxDomain)
                    {
                        Problems.Add(count > 1
                            ? $"{term}: {target} publishes {count} SPF records (permerror)"
                            : $"{term}: {target} publishes no SPF record (RFC 7208 §5.2: permerror)");
                    }

                    continue;
                }

                Visit(child, [.. path, target]);
            }
        }
    }
}
