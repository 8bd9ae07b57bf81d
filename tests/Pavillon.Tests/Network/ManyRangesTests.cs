using System.Globalization;
using System.Net;
using System.Text;
using Pavillon.Network;

namespace Pavillon.Tests.Network;

/// <summary>
/// Hundreds of generated ranges, so that the lookup's shortcuts (the IPv4 /16 index, the IPv6 samples)
/// are crossed many times: every range is probed at its edges and every gap next to them.
/// </summary>
public sealed class ManyRangesTests : IDisposable
{
    private const int Count = 500;

    private readonly string _directory = Directory.CreateTempSubdirectory("pavillon-ipdata-many-").FullName;
    private readonly IpDataSnapshot _snapshot;

    public ManyRangesTests()
    {
        var v4 = new StringBuilder();
        var v6 = new StringBuilder();
        for (var i = 0; i < Count; i++)
        {
            var (first4, last4) = V4Range(i);
            v4.Append(CultureInfo.InvariantCulture, $"{first4},{last4},{64512 + i},AS{i}\n");
            var (first6, last6) = V6Range(i);
            v6.Append(CultureInfo.InvariantCulture, $"{first6},{last6},{65000 + i},AS6-{i}\n");
        }

        File.WriteAllText(Path.Combine(_directory, "asn-ipv4-num.csv"), v4.ToString());
        File.WriteAllText(Path.Combine(_directory, "asn-ipv6-num.csv"), v6.ToString());
        var path = Path.Combine(_directory, "ipdata.bin");
        IpDataBuilder.Build(_directory, path, new DateOnly(2026, 1, 1));
        _snapshot = IpDataSnapshot.Load(path);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // Ranges of 4,096 addresses every 77,824, so that some straddle a /16 boundary and some /16s hold none.
    private static (uint First, uint Last) V4Range(int i) => ((uint)(i * 0x13000) + 0x100, (uint)(i * 0x13000) + 0x10FF);

    // /64-sized ranges one /48 apart under 2001:db8::/32, plus an odd length every third range.
    private static (UInt128 First, UInt128 Last) V6Range(int i)
    {
        var first = (UInt128.Parse("42540766411282592856903984951653826560", CultureInfo.InvariantCulture) + ((UInt128)i << 80)) | 0x10;
        return (first, first + (i % 3 == 0 ? 1000 : UInt128.MaxValue >> 64));
    }

    private static IPAddress V4(uint value) => IPAddress.Parse(value.ToString(CultureInfo.InvariantCulture));

    private static IPAddress V6(UInt128 value)
    {
        var bytes = new byte[16];
        for (var b = 15; b >= 0; b--)
        {
            bytes[b] = (byte)value;
            value >>= 8;
        }

        return new IPAddress(bytes);
    }

    [Fact]
    public void Should_find_every_ipv4_range_at_its_edges_and_nothing_in_the_gaps()
    {
        for (var i = 0; i < Count; i++)
        {
            var (first, last) = V4Range(i);
            Assert.Equal(64512 + i, _snapshot.Lookup(V4(first))?.Asn);
            Assert.Equal(64512 + i, _snapshot.Lookup(V4(last))?.Asn);
            Assert.Null(_snapshot.Lookup(V4(first - 1)));
            Assert.Null(_snapshot.Lookup(V4(last + 1)));
        }
    }

    [Fact]
    public void Should_find_every_ipv6_range_at_its_edges_and_nothing_in_the_gaps()
    {
        for (var i = 0; i < Count; i++)
        {
            var (first, last) = V6Range(i);
            Assert.Equal(65000 + i, _snapshot.Lookup(V6(first))?.Asn);
            Assert.Equal(65000 + i, _snapshot.Lookup(V6(last))?.Asn);
            Assert.Null(_snapshot.Lookup(V6(first - 1)));
            Assert.Null(_snapshot.Lookup(V6(last + 1)));
        }
    }
}
