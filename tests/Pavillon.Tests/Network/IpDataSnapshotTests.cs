using System.Net;
using Pavillon.Network;

namespace Pavillon.Tests.Network;

public sealed class IpDataSnapshotTests : IDisposable
{
    private readonly TinyIpData _data = new();
    private readonly IpDataSummary _built;
    private readonly IpDataSnapshot _snapshot;

    public IpDataSnapshotTests()
    {
        _built = IpDataBuilder.Build(_data.Directory, _data.SnapshotPath, new DateOnly(2026, 1, 2));
        _snapshot = IpDataSnapshot.Load(_data.SnapshotPath);
    }

    public void Dispose() => _data.Dispose();

    private IpNetworkInfo? Lookup(string address) => _snapshot.Lookup(IPAddress.Parse(address));

    [Theory]
    [InlineData("1.0.0.0")]
    [InlineData("1.0.0.128")]
    [InlineData("1.0.0.255")]
    public void Should_answer_at_both_edges_of_a_range(string address)
    {
        Assert.Equal(new IpNetworkInfo(13335, "Cloudflare, Inc.", "US", "1.0.0.0/24", "AU"), Lookup(address));
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("0.255.255.255")]
    [InlineData("1.0.1.0")]
    [InlineData("51.16.0.0")]
    [InlineData("10.0.0.1")]
    [InlineData("2001:41d1::")]
    [InlineData("::1")]
    public void Should_return_null_outside_every_routed_range(string address)
    {
        Assert.Null(Lookup(address));
    }

    [Fact]
    public void Should_let_a_nested_range_win_over_the_range_around_it()
    {
        Assert.Equal(new IpNetworkInfo(12876, "Scaleway SAS", "FR", "51.15.0.0-51.15.9.255", "FR"), Lookup("51.15.9.255"));
        Assert.Equal(new IpNetworkInfo(16276, "OVH SAS", "FR", "51.15.10.0/24", "NL"), Lookup("51.15.10.0"));
        Assert.Equal(new IpNetworkInfo(16276, "OVH SAS", "FR", "51.15.10.0/24", "FR"), Lookup("51.15.10.255"));
        Assert.Equal(new IpNetworkInfo(12876, "Scaleway SAS", "FR", "51.15.11.0-51.15.255.255", "FR"), Lookup("51.15.11.0"));
    }

    [Fact]
    public void Should_answer_for_the_last_address_of_the_space_and_keep_quoted_holders()
    {
        var info = Lookup("255.255.255.255");

        Assert.Equal(new IpNetworkInfo(64500, "Quote \"Edge\" AS", null, "255.255.255.0/24", null), info);
    }

    [Theory]
    [InlineData("192.0.2.1")]
    [InlineData("198.51.100.1")]
    public void Should_drop_as_zero_and_private_use_numbers(string address)
    {
        Assert.Null(Lookup(address));
    }

    [Fact]
    public void Should_answer_for_ipv6_addresses()
    {
        Assert.Equal(new IpNetworkInfo(16276, "OVH SAS", "FR", "2001:41d0::/32", "FR"), Lookup("2001:41d0::"));
        Assert.Equal(new IpNetworkInfo(16276, "OVH SAS", "FR", "2001:41d0::/32", "FR"), Lookup("2001:41d0:ffff:ffff:ffff:ffff:ffff:ffff"));
        Assert.Equal(new IpNetworkInfo(13335, "Cloudflare, Inc.", "US", "2606:4700::/32", null), Lookup("2606:4700::6810:84e5"));
    }

    [Fact]
    public void Should_write_an_ipv6_range_that_is_no_prefix_as_first_and_last_and_keep_an_empty_holder_null()
    {
        Assert.Equal(new IpNetworkInfo(24940, null, "DE", "2a01:4f8::-2a01:4f8::2ff", null), Lookup("2a01:4f8::80"));
    }

    [Fact]
    public void Should_look_up_ipv4_mapped_addresses_as_ipv4()
    {
        Assert.Equal(Lookup("51.91.1.1"), Lookup("::ffff:51.91.1.1"));
        Assert.Equal(16276, Lookup("::ffff:51.91.1.1")?.Asn);
    }

    [Fact]
    public void Should_round_trip_the_date_and_the_sources_through_the_header()
    {
        Assert.Equal("2026-01-02", _snapshot.Info.Date);
        Assert.Equal(_snapshot.Info.Date, IpDataSnapshot.ReadInfo(_data.SnapshotPath).Date);
        Assert.Equal(_snapshot.Info.Sources, IpDataSnapshot.ReadInfo(_data.SnapshotPath).Sources);
        Assert.Equal(
            [
                "@ip-location-db/asn 2.3.2026010212 (CC BY 4.0: IP to ASN data by RouteViews, NRO and DB-IP (https://db-ip.com))",
                "iptoasn-country-ipv4.csv",
                "iptoasn-country-ipv6.csv",
                "geo-whois-asn-country-ipv4.csv",
                "geo-whois-asn-country-ipv6.csv",
            ],
            _snapshot.Info.Sources);
    }

    [Fact]
    public void Should_report_the_same_counts_after_build_and_after_load()
    {
        Assert.Equal(_built, _snapshot.Summary with { Sources = _built.Sources });
        Assert.Equal(6, _built.Ipv4Ranges);
        Assert.Equal(3, _built.Ipv6Ranges);
        Assert.Equal(5, _built.AsCount);
        Assert.Equal(4, _built.AsWithCountry);
        Assert.Equal(5, _built.Ipv4LocationRanges);
        Assert.Equal(1, _built.Ipv6LocationRanges);
        Assert.Equal(new FileInfo(_data.SnapshotPath).Length, _built.SizeBytes);
    }

    [Fact]
    public void Should_give_the_same_answers_from_many_threads()
    {
        var addresses = new[] { "1.0.0.7", "51.15.10.3", "51.91.200.1", "2001:41d0::5", "142.250.74.46" };
        var expected = addresses.Select(Lookup).ToArray();

        Parallel.For(0, 2000, i =>
        {
            var index = i % addresses.Length;
            Assert.Equal(expected[index], Lookup(addresses[index]));
        });
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_a_snapshot()
    {
        var path = Path.Combine(_data.Directory, "not-a-snapshot.bin");
        File.WriteAllText(path, "hello, this is text");

        Assert.Throws<InvalidDataException>(() => IpDataSnapshot.Load(path));
        Assert.Throws<InvalidDataException>(() => IpDataSnapshot.ReadInfo(path));
    }

    [Fact]
    public void Should_refuse_a_truncated_snapshot()
    {
        var bytes = File.ReadAllBytes(_data.SnapshotPath);
        var path = Path.Combine(_data.Directory, "truncated.bin");
        File.WriteAllBytes(path, bytes[..^8]);

        Assert.Throws<InvalidDataException>(() => IpDataSnapshot.Load(path));
    }

    [Fact]
    public void Should_refuse_an_unknown_format_version()
    {
        var bytes = File.ReadAllBytes(_data.SnapshotPath);
        bytes[4] = 99;
        var path = Path.Combine(_data.Directory, "future.bin");
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InvalidDataException>(() => IpDataSnapshot.Load(path));
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }
}
