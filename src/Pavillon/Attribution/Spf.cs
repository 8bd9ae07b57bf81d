using Pavillon.Collect.Dns;
using Pavillon.Evidence;

namespace Pavillon.Attribution;

/// <summary>Reads the SPF policy of a domain from the TXT lookups already made (no I/O).</summary>
public static class Spf
{
    /// <summary>The SPF record of <paramref name="domain"/>, when exactly one was published (RFC 7208 §4.5).</summary>
    public static string? Record(AttributionContext context, string domain)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SpfRecord.FromLookup(context.Lookup(domain, "TXT"), out _)?.Text;
    }

    /// <summary>
    /// The include: and redirect= targets of the domain's own SPF record, in evaluation order (a redirect only
    /// when the record has no "all"). The nested tree is <see cref="Kinds.EmailOutbound.SpfTree"/>.
    /// </summary>
    public static IEnumerable<(string Mechanism, string Target)> Mechanisms(AttributionContext context, string domain)
    {
        ArgumentNullException.ThrowIfNull(context);
        var record = SpfRecord.FromLookup(context.Lookup(domain, "TXT"), out _);
        return record is null
            ? []
            : record.EvaluationOrder.Where(t => t.Target is not null).Select(t => (t.Name, t.Target!)).ToList();
    }

    /// <summary>Every TXT answer of a lookup, for token matching.</summary>
    public static IEnumerable<DnsAnswer> TxtAnswers(DnsLookup? lookup) =>
        lookup?.Answers.Where(a => a.Type == "TXT") ?? [];
}
