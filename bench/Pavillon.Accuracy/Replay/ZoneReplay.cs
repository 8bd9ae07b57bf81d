using System.Globalization;
using System.Text.RegularExpressions;
using Pavillon.EndToEnd.Infrastructure;
using Pavillon.KnowledgeBase;

namespace Pavillon.Accuracy.Replay;

/// <summary>
/// Turns data-set entries into DNS records: only what the data set records (docs/accuracy.md, "Replay rules").
/// </summary>
public static partial class ZoneReplay
{
    /// <summary>MX preference given to every host: the data set lists MX hosts without their preferences.</summary>
    public const int MxPreference = 10;

    /// <summary>The AS numbers stated by the entries' "asn" signals.</summary>
    public static IEnumerable<int> StatedAsns(MxmapEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Signals
            .Where(s => s.Kind == "asn")
            .Select(s => AsnPattern().Match(s.Detail))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>Every AS an address may be needed from: the stated ones, and those of providers named by MX hosts.</summary>
    public static IReadOnlySet<int> AsnsNeeded(IEnumerable<MxmapEntry> entries, ProviderKnowledge knowledge)
    {
        var needed = new HashSet<int>();
        foreach (var entry in entries)
        {
            needed.UnionWith(StatedAsns(entry));
            foreach (var host in entry.Mx)
            {
                if (NamedProvider(knowledge, host) is { Identify.Asns: [var first, ..] })
                {
                    needed.Add(first);
                }
            }
        }

        return needed;
    }

    /// <summary>Builds the zone for <paramref name="entries"/>.</summary>
    public static ReplayZone Build(IEnumerable<MxmapEntry> entries, ProviderKnowledge knowledge, AsAddressBook addresses)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(addresses);
        var records = new List<DnsRecord>();
        var hosts = new Dictionary<string, IReadOnlyList<HostAddressNote>>(StringComparer.Ordinal);
        var notReplayed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var domain = DnsRecord.ToAscii(entry.Domain);
            var mxHosts = entry.Mx.Select(DnsRecord.ToAscii).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            records.AddRange(mxHosts.Select(h => DnsRecord.Parse($"{domain} MX {MxPreference} {h}")));
            if (entry.Spf.Length > 0)
            {
                records.Add(DnsRecord.Parse($"{domain} TXT {entry.Spf}"));
            }

            var notes = AddressHosts(entry, mxHosts, knowledge);
            hosts[domain] = notes;
            foreach (var note in notes)
            {
                if (note.Asn is { } asn && addresses.AddressOf(asn) is { } address)
                {
                    records.Add(DnsRecord.Parse($"{note.Host} A {address}"));
                }
            }

            foreach (var signal in entry.Signals)
            {
                var replayed = SignalRecords(entry, domain, signal).ToList();
                // The tenant signal is replayed over HTTPS by the realm server (TenantReplay), not in the zone.
                if (replayed.Count == 0 && signal.Kind is not ("mx" or "spf" or "asn" or "tenant"))
                {
                    notReplayed[signal.Kind] = notReplayed.GetValueOrDefault(signal.Kind) + 1;
                }

                records.AddRange(replayed);
            }
        }

        return new ReplayZone(records.Distinct().ToList(), hosts, notReplayed);
    }

    /// <summary>
    /// The AS each MX host's address comes from. A host whose name is a known provider's takes that provider's AS
    /// when the signals state it; the other hosts take every stated AS left; with no AS stated, a host named by a
    /// provider takes the provider's first AS; any other host has no address.
    /// </summary>
    public static IReadOnlyList<HostAddressNote> AddressHosts(MxmapEntry entry, IReadOnlyList<string> mxHosts, ProviderKnowledge knowledge)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(mxHosts);
        var stated = StatedAsns(entry).Distinct().ToList();
        var notes = new List<HostAddressNote>();
        var claimed = new HashSet<int>();
        var unclaimedHosts = new List<string>();
        foreach (var host in mxHosts)
        {
            var provider = NamedProvider(knowledge, host);
            // The host's own provider's AS, else a stated AS of the same company (Outlook's MX hosts answer from
            // AS8075, which the knowledge base lists under Microsoft Azure, both Microsoft Corporation's).
            var own = provider?.Identify.Asns.FirstOrDefault(stated.Contains);
            if (own is not > 0 && provider is not null)
            {
                own = stated.FirstOrDefault(asn => !claimed.Contains(asn) && knowledge.ByAsn(asn) is { } holder && Company(holder) == Company(provider));
            }

            if (own is > 0)
            {
                claimed.Add(own.Value);
                notes.Add(new HostAddressNote(host, own, "asn-signal"));
            }
            else if (stated.Count == 0 && provider?.Identify.Asns is [var first, ..])
            {
                notes.Add(new HostAddressNote(host, first, "provider-name"));
            }
            else
            {
                unclaimedHosts.Add(host);
            }
        }

        var left = stated.Where(a => !claimed.Contains(a)).ToList();
        foreach (var host in unclaimedHosts)
        {
            if (left.Count == 0)
            {
                notes.Add(new HostAddressNote(host, null, "no-address"));
                continue;
            }

            notes.AddRange(left.Select(asn => new HostAddressNote(host, asn, "asn-signal")));
        }

        return notes;
    }

    /// <summary>The company a provider belongs to: its ultimate parent, else its first legal entity.</summary>
    private static string Company(Provider provider) =>
        provider.Parents.LastOrDefault()?.Name ?? provider.Entities.FirstOrDefault()?.Name ?? provider.Name;

    /// <summary>The knowledge-base provider whose mail, CNAME or reverse-DNS domain the host name is in.</summary>
    public static Provider? NamedProvider(ProviderKnowledge knowledge, string host)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return (knowledge.Mx.Match(host) ?? knowledge.Cname.Match(host) ?? knowledge.Ptr.Match(host))?.Provider;
    }

    private static IEnumerable<DnsRecord> SignalRecords(MxmapEntry entry, string domain, MxmapSignal signal)
    {
        switch (signal.Kind)
        {
            case "dkim" when DkimPattern().Match(signal.Detail) is { Success: true } dkim:
                yield return DnsRecord.Parse($"{dkim.Groups[1].Value} CNAME {dkim.Groups[2].Value}");
                break;
            case "autodiscover" when AutodiscoverPattern().Match(signal.Detail) is { Success: true } autodiscover:
                var target = DnsRecord.ToAscii(autodiscover.Groups[2].Value);
                yield return autodiscover.Groups[1].Value == "CNAME"
                    ? DnsRecord.Parse($"autodiscover.{domain} CNAME {target}")
                    : new DnsRecord($"_autodiscover._tcp.{domain}", "SRV", $"0 0 443 {target}.");
                break;
            case "txt_verification":
                // The data set says a token was found, not its value: the replay writes the token's documented shape
                // with a value made from the municipality number.
                var token = Token(entry.Bfs);
                if (signal.Provider == "microsoft")
                {
                    yield return DnsRecord.Parse($"{domain} TXT MS=ms{token}");
                }
                else if (signal.Provider == "google")
                {
                    yield return DnsRecord.Parse($"{domain} TXT google-site-verification=replay{token}");
                }
                else if (signal.Provider == "aws" && signal.Detail.Contains("SES", StringComparison.Ordinal))
                {
                    yield return DnsRecord.Parse($"_amazonses.{domain} TXT replay{token}");
                }
                else if (signal.Provider == "aws")
                {
                    yield return DnsRecord.Parse($"{domain} TXT amazonses:replay{token}");
                }

                break;
        }
    }

    // Numeric identifiers (BFS, Austrian municipality codes) give the token directly; others ("DK-101") a stable hash of them.
    private static string Token(string bfs)
    {
        if (!int.TryParse(bfs, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            var hash = 2166136261u;
            foreach (var c in bfs)
            {
                hash = (hash ^ c) * 16777619u;
            }

            n = (int)(hash % 100_000_000);
        }

        return n.ToString("D8", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^ASN (\d+)\b")]
    private static partial Regex AsnPattern();

    [GeneratedRegex(@"^DKIM (\S+) CNAME → (\S+)$")]
    private static partial Regex DkimPattern();

    [GeneratedRegex(@"^autodiscover (CNAME|SRV) → (\S+)$")]
    private static partial Regex AutodiscoverPattern();
}
