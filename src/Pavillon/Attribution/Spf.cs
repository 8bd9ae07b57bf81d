using Pavillon.Evidence;

namespace Pavillon.Attribution;

/// <summary>Reads the SPF policy of a domain from the TXT lookups already made (no I/O).</summary>
public static class Spf
{
    /// <summary>The SPF record of <paramref name="domain"/>, when exactly one was published (RFC 7208 §4.5).</summary>
    public static string? Record(AttributionContext context, string domain)
    {
        ArgumentNullException.ThrowIfNull(context);
        var records = context.Lookup(domain, "TXT")?.Answers
            .Where(a => a.Type == "TXT" && a.Data.StartsWith("v=spf1", StringComparison.OrdinalIgnoreCase) && (a.Data.Length == 6 || a.Data[6] == ' '))
            .Select(a => a.Data)
            .ToList() ?? [];
        return records.Count == 1 ? records[0] : null;
    }

    /// <summary>The include: and redirect= targets of the domain's SPF record, in order.</summary>
    public static IEnumerable<(string Mechanism, string Target)> Mechanisms(AttributionContext context, string domain)
    {
        var record = Record(context, domain);
        if (record is null)
        {
            yield break;
        }

        foreach (var term in record.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = term.TrimStart('+', '-', '~', '?');
            if (bare.StartsWith("include:", StringComparison.OrdinalIgnoreCase))
            {
                yield return ("include", bare[8..].TrimEnd('.').ToLowerInvariant());
            }
            else if (bare.StartsWith("redirect=", StringComparison.OrdinalIgnoreCase))
            {
                yield return ("redirect", bare[9..].TrimEnd('.').ToLowerInvariant());
            }
        }
    }

    /// <summary>Every TXT answer of a lookup, for token matching.</summary>
    public static IEnumerable<DnsAnswer> TxtAnswers(DnsLookup? lookup) =>
        lookup?.Answers.Where(a => a.Type == "TXT") ?? [];
}
