using System.Net;
using Pavillon.Network;

namespace Pavillon.Tests.Network;

/// <summary>Reads the snapshot committed under data/ipdata (copied next to the tests): well-known networks must resolve.</summary>
public sealed class CommittedSnapshotTests
{
    private static readonly Lazy<IpDataSnapshot> Snapshot = new(() => IpDataSnapshot.Load(IpDataSnapshot.DefaultPath));

    [Theory]
    [InlineData("51.91.0.1", 16276, "OVH SAS", "FR")]
    [InlineData("213.186.33.5", 16276, "OVH SAS", "FR")]
    [InlineData("2001:41d0::1", 16276, "OVH SAS", "FR")]
    [InlineData("142.250.74.46", 15169, "Google LLC", "US")]
    [InlineData("2a00:1450:4007:80c::200e", 15169, "Google LLC", "US")]
    [InlineData("104.16.132.229", 13335, "Cloudflare, Inc.", "US")]
    [InlineData("2606:4700::6810:84e5", 13335, "Cloudflare, Inc.", "US")]
    [InlineData("::ffff:142.250.74.46", 15169, "Google LLC", "US")]
    public void Should_know_well_known_networks(string address, int asn, string holder, string asCountry)
    {
        var info = Snapshot.Value.Lookup(IPAddress.Parse(address));

        Assert.NotNull(info);
        Assert.Equal((asn, holder, asCountry), (info.Asn, info.Holder, info.AsCountry));
        Assert.False(string.IsNullOrEmpty(info.Range));
    }

    [Fact]
    public void Should_locate_a_french_ovh_address_in_france()
    {
        Assert.Equal("FR", Snapshot.Value.Lookup(IPAddress.Parse("51.91.0.1"))?.Location);
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("127.0.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    public void Should_have_no_route_for_private_and_special_addresses(string address)
    {
        Assert.Null(Snapshot.Value.Lookup(IPAddress.Parse(address)));
    }

    [Fact]
    public void Should_carry_its_date_and_the_db_ip_credit()
    {
        var info = Snapshot.Value.Info;

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", info.Date);
        Assert.Contains(info.Sources, source => source.Contains("https://db-ip.com", StringComparison.Ordinal));
        Assert.True(Snapshot.Value.Summary.Ipv4Ranges > 100_000);
        Assert.True(Snapshot.Value.Summary.Ipv6Ranges > 10_000);
    }
}
