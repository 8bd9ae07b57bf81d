using Pavillon.EndToEnd.Infrastructure;

namespace Pavillon.Accuracy.Replay;

/// <summary>
/// What the data set's "tenant" signals say ("MS365 tenant detected: Managed" or "Federated"): the answer
/// Microsoft's user-realm service gave the labelling tool for the domain, replayed by <see cref="TenantRealmServer"/>.
/// </summary>
public static class TenantReplay
{
    /// <summary>NameSpaceType of a domain verified by a tenant whose users sign in at Microsoft.</summary>
    public const string Managed = "Managed";

    /// <summary>NameSpaceType of a domain verified by a tenant whose users sign in at their own identity provider.</summary>
    public const string Federated = "Federated";

    /// <summary>NameSpaceType the service gives every other domain.</summary>
    public const string Unknown = "Unknown";

    /// <summary>
    /// The realm type per domain (punycode, lower case) for every entry with a tenant signal; a domain whose signal
    /// names neither type is left out and answers <see cref="Unknown"/>. When entries sharing a domain disagree,
    /// Managed wins over Federated (the file's order does not matter).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Realms(IEnumerable<MxmapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var realms = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var signal in entry.Signals.Where(s => s.Kind == "tenant"))
            {
                var type = signal.Detail.Contains(Managed, StringComparison.OrdinalIgnoreCase) ? Managed
                    : signal.Detail.Contains(Federated, StringComparison.OrdinalIgnoreCase) ? Federated
                    : null;
                var domain = DnsRecord.ToAscii(entry.Domain);
                if (type is not null && realms.GetValueOrDefault(domain) != Managed)
                {
                    realms[domain] = type;
                }
            }
        }

        return realms;
    }
}
