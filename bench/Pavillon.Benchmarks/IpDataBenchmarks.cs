using System.Net;
using BenchmarkDotNet.Attributes;
using Pavillon.Network;

namespace Pavillon.Benchmarks;

/// <summary>
/// Load time of the committed IP data snapshot, and lookups of random addresses: IPv4 drawn over the whole
/// space (about three in four are routed), IPv6 drawn in 2a00::/12 and kept only when routed (a random
/// address of 2000::/3 is routed once in two thousand, which would measure misses only).
/// A batch of addresses per invocation keeps the timer overhead out.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class IpDataBenchmarks
{
    private const int Batch = 4096;

    private string _path = string.Empty;
    private IpDataSnapshot _snapshot = null!;
    private IPAddress[] _ipv4 = [];
    private IPAddress[] _ipv6 = [];

    [GlobalSetup]
    public void Setup()
    {
        _path = RepositoryData.Find("ipdata", IpDataSnapshot.FileName);
        _snapshot = IpDataSnapshot.Load(_path);

        // A fixed seed: every run measures the same addresses.
        var random = new Random(20260617);
        _ipv4 = [.. Enumerable.Range(0, Batch).Select(_ => new IPAddress(BitConverter.GetBytes(random.Next() ^ (random.Next() << 1))))];
        var ipv6 = new List<IPAddress>(Batch);
        while (ipv6.Count < Batch)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            bytes[0] = 0x2a;
            bytes[1] &= 0x0F;
            var address = new IPAddress(bytes);
            if (_snapshot.Lookup(address) is not null)
            {
                ipv6.Add(address);
            }
        }

        _ipv6 = [.. ipv6];
    }

    [Benchmark]
    public IpDataSnapshot Load() => IpDataSnapshot.Load(_path);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int LookupIpv4() => LookupAll(_ipv4);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int LookupIpv6() => LookupAll(_ipv6);

    private int LookupAll(IPAddress[] addresses)
    {
        var found = 0;
        foreach (var address in addresses)
        {
            if (_snapshot.Lookup(address) is not null)
            {
                found++;
            }
        }

        return found;
    }
}
