using System.Collections.Concurrent;
using System.Net;
using DnsClient;
using DnsClient.Protocol;
using Pavillon.Evidence;

namespace Pavillon.Collect.Dns;

/// <summary>
/// Asks DNS questions and turns every answer, NXDOMAIN and failure included, into a <see cref="DnsLookup"/> value.
/// Answers are memoised for the whole scan, so an MX host shared by many organisations is resolved once.
/// </summary>
public sealed class DnsResolver
{
    /// <summary>Longest CNAME chain followed before giving up (loops included).</summary>
    public const int MaxCnameHops = 10;

    private readonly LookupClient _client;
    private readonly ConcurrentDictionary<(string Name, QueryType Type), Lazy<Task<DnsLookup>>> _cache = new();

    /// <summary>Creates a resolver that asks <paramref name="options"/>.DnsServers, or the system's resolvers when there are none.</summary>
    public DnsResolver(ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = options.DnsServers.Count > 0
            ? new LookupClientOptions(options.DnsServers.Select(e => new NameServer(e)).ToArray())
            : new LookupClientOptions();
        clientOptions.Timeout = options.Timeout;
        clientOptions.Retries = options.DnsRetries;
        clientOptions.ThrowDnsErrors = false;
        clientOptions.UseTcpFallback = true;
        clientOptions.ContinueOnDnsError = false;
        clientOptions.ContinueOnEmptyResponse = false;
        // Memoisation happens here, per scan; the library cache would keep answers across scans in one process.
        clientOptions.UseCache = false;
        _client = new LookupClient(clientOptions);
    }

    /// <summary>Asks one question; never throws for DNS or network failures.</summary>
    public Task<DnsLookup> QueryAsync(string name, QueryType type, CancellationToken cancellationToken = default)
    {
        var key = (Normalise(name), type);
        return _cache.GetOrAdd(key, k => new Lazy<Task<DnsLookup>>(() => QueryUncachedAsync(k.Name, k.Type, cancellationToken))).Value;
    }

    /// <summary>
    /// Resolves the addresses of <paramref name="name"/> (A and AAAA), following CNAME chains across zones
    /// when the server did not already include the target's records. Every question asked is returned.
    /// </summary>
    public async Task<AddressResolution> ResolveAddressesAsync(string name, CancellationToken cancellationToken = default)
    {
        var lookups = new List<DnsLookup>();
        var addresses = new List<string>();
        var chain = new List<string> { Normalise(name) };
        foreach (var type in new[] { QueryType.A, QueryType.AAAA })
        {
            var current = Normalise(name);
            var visited = new HashSet<string>(StringComparer.Ordinal) { current };
            for (var hop = 0; hop <= MaxCnameHops; hop++)
            {
                var lookup = await QueryAsync(current, type, cancellationToken).ConfigureAwait(false);
                lookups.Add(lookup);
                var targets = CnameTargets(current, lookup.Answers);
                chain.AddRange(targets.Where(t => !chain.Contains(t)));
                var found = lookup.Answers.Where(a => a.Type == type.ToString()).Select(a => a.Data).ToList();
                if (found.Count > 0)
                {
                    addresses.AddRange(found.Where(a => !addresses.Contains(a)));
                    break;
                }

                // A CNAME loop or a dangling CNAME ends the walk; the lookups already say what was seen.
                var next = targets.Count > 0 ? targets[^1] : null;
                if (next is null || !visited.Add(next))
                {
                    break;
                }

                current = next;
            }
        }

        return new AddressResolution(chain, addresses, lookups);
    }

    /// <summary>Reverse lookup of an address (PTR).</summary>
    public Task<DnsLookup> ReverseAsync(string address, CancellationToken cancellationToken = default)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            return Task.FromResult(new DnsLookup(address, "PTR", DnsStatus.Error, []) { Error = "not an IP address" });
        }

        var arpa = ip.GetArpaName().TrimEnd('.');
        return QueryAsync(arpa, QueryType.PTR, cancellationToken);
    }

    /// <summary>The CNAME targets reached from <paramref name="name"/> inside one answer, in order.</summary>
    private static List<string> CnameTargets(string name, IReadOnlyList<DnsAnswer> answers)
    {
        var targets = new List<string>();
        var current = name;
        for (var i = 0; i <= MaxCnameHops; i++)
        {
            var cname = answers.FirstOrDefault(a => a.Type == "CNAME" && string.Equals(a.Name, current, StringComparison.OrdinalIgnoreCase));
            if (cname is null || targets.Contains(cname.Data))
            {
                break;
            }

            targets.Add(cname.Data);
            current = cname.Data;
        }

        return targets;
    }

    private async Task<DnsLookup> QueryUncachedAsync(string name, QueryType type, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.QueryAsync(name, type, QueryClass.IN, cancellationToken).ConfigureAwait(false);
            var status = response.Header.ResponseCode switch
            {
                DnsHeaderResponseCode.NoError => DnsStatus.NoError,
                DnsHeaderResponseCode.NotExistentDomain => DnsStatus.NxDomain,
                DnsHeaderResponseCode.ServerFailure => DnsStatus.ServFail,
                DnsHeaderResponseCode.Refused => DnsStatus.Refused,
                _ => DnsStatus.Error,
            };
            var answers = response.Answers.Select(ToAnswer).OfType<DnsAnswer>().ToList();
            return new DnsLookup(name, type.ToString(), status, answers)
            {
                Error = status == DnsStatus.Error ? response.ErrorMessage : null,
            };
        }
        catch (DnsResponseException ex) when (ex.Code == DnsResponseCode.ConnectionTimeout)
        {
            return new DnsLookup(name, type.ToString(), DnsStatus.Timeout, []) { Error = "no answer before the timeout" };
        }
        catch (DnsResponseException ex)
        {
            return new DnsLookup(name, type.ToString(), DnsStatus.Error, []) { Error = ex.DnsError };
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            return new DnsLookup(name, type.ToString(), DnsStatus.Error, []) { Error = ex.Message };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DnsLookup(name, type.ToString(), DnsStatus.Timeout, []) { Error = "no answer before the timeout" };
        }
    }

    private static DnsAnswer? ToAnswer(DnsResourceRecord record)
    {
        var name = Wire(record.DomainName);
        var ttl = record.InitialTimeToLive;
        return record switch
        {
            ARecord a => new DnsAnswer(name, "A", a.Address.ToString(), ttl),
            AaaaRecord aaaa => new DnsAnswer(name, "AAAA", aaaa.Address.ToString(), ttl),
            CNameRecord c => new DnsAnswer(name, "CNAME", Wire(c.CanonicalName), ttl),
            MxRecord mx => new DnsAnswer(name, "MX", $"{mx.Preference} {Wire(mx.Exchange)}", ttl),
            NsRecord ns => new DnsAnswer(name, "NS", Wire(ns.NSDName), ttl),
            PtrRecord ptr => new DnsAnswer(name, "PTR", Wire(ptr.PtrDomainName), ttl),
            TxtRecord txt => new DnsAnswer(name, "TXT", string.Concat(txt.Text), ttl),
            SoaRecord soa => new DnsAnswer(name, "SOA", $"{Wire(soa.MName)} {Wire(soa.RName)} {soa.Serial}", ttl),
            CaaRecord caa => new DnsAnswer(name, "CAA", $"{caa.Flags} {caa.Tag} \"{caa.Value}\"", ttl),
            SrvRecord srv => new DnsAnswer(name, "SRV", $"{srv.Priority} {srv.Weight} {srv.Port} {Wire(srv.Target)}", ttl),
            _ => null,
        };
    }

    /// <summary>
    /// A name as it travelled on the wire (punycode for IDNs), normalised. DnsString.Value decodes IDNs to
    /// Unicode, which would no longer match the names asked.
    /// </summary>
    private static string Wire(DnsString name) => Normalise(name.Original);

    /// <summary>Lower case, no trailing dot: the form every name takes in evidence.</summary>
    public static string Normalise(string name) => name.Trim().TrimEnd('.').ToLowerInvariant();
}

/// <summary>The addresses a name resolves to, the CNAME chain walked (the name first), and every question asked.</summary>
public sealed record AddressResolution(IReadOnlyList<string> Chain, IReadOnlyList<string> Addresses, IReadOnlyList<DnsLookup> Lookups);
