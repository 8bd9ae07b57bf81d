using Pavillon.EndToEnd.Infrastructure;

namespace Pavillon.Accuracy.Replay;

/// <summary>What the replay wrote: the DNS records, and how each MX host of each domain was given an address.</summary>
/// <param name="Records">Every record of the zone, without duplicates.</param>
/// <param name="Hosts">Per domain, the address decision for each of its MX hosts.</param>
/// <param name="SignalsNotReplayed">Signals that no DNS record can stand for (dmarc, smtp, spf_ip...), counted by kind; tenant signals are replayed over HTTPS instead (<see cref="TenantReplay"/>).</param>
public sealed record ReplayZone(
    IReadOnlyList<DnsRecord> Records,
    IReadOnlyDictionary<string, IReadOnlyList<HostAddressNote>> Hosts,
    IReadOnlyDictionary<string, int> SignalsNotReplayed);
