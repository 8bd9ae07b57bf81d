using System.Net;
using Pavillon.Network;

namespace Pavillon.Tests.Network;

public sealed class IpDataBuilderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pavillon-ipdata-build-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Should_prefer_the_numeric_files_and_read_them()
    {
        // 1.0.0.0/24 and 2001:200::/32 written as numbers; the text file says something else and must be ignored.
        File.WriteAllText(Path.Combine(_directory, "asn-ipv4-num.csv"), "16777216,16777471,13335,\"Cloudflare, Inc.\"\n");
        File.WriteAllText(Path.Combine(_directory, "asn-ipv4.csv"), "1.0.0.0,1.0.0.255,64511,Wrong\n");
        File.WriteAllText(
            Path.Combine(_directory, "asn-ipv6-num.csv"),
            "42540528726795050063891204319802818560,42540528806023212578155541913346768895,2500,WIDE Project\n");
        File.WriteAllText(Path.Combine(_directory, "geo-whois-asn-country-ipv4-num.csv"), "16777216,16777471,AU\n");
        var output = Path.Combine(_directory, "ipdata.bin");

        var summary = IpDataBuilder.Build(_directory, output, new DateOnly(2026, 3, 4));
        var snapshot = IpDataSnapshot.Load(output);

        Assert.Equal(new IpNetworkInfo(13335, "Cloudflare, Inc.", null, "1.0.0.0/24", "AU"), snapshot.Lookup(IPAddress.Parse("1.0.0.1")));
        Assert.Equal(new IpNetworkInfo(2500, "WIDE Project", null, "2001:200::/32", null), snapshot.Lookup(IPAddress.Parse("2001:200::1")));
        Assert.Equal((1, 1, 2, 0), (summary.Ipv4Ranges, summary.Ipv6Ranges, summary.AsCount, summary.AsWithCountry));
        Assert.Equal(["asn-ipv4-num.csv", "asn-ipv6-num.csv", "geo-whois-asn-country-ipv4-num.csv"], summary.Sources);
    }

    [Fact]
    public void Should_give_an_as_the_registry_country_of_most_of_its_ranges()
    {
        File.WriteAllText(Path.Combine(_directory, "asn-ipv4.csv"), """
            10.0.0.0,10.0.0.255,64496,Example
            10.0.1.0,10.0.1.255,64496,Example
            10.0.2.0,10.0.2.255,64496,Example
            10.0.3.0,10.0.3.255,64497,Tie
            10.0.4.0,10.0.4.255,64497,Tie
            """);
        File.WriteAllText(Path.Combine(_directory, "iptoasn-country-ipv4.csv"), """
            10.0.0.0,10.0.0.255,US
            10.0.1.0,10.0.2.255,FR
            10.0.3.0,10.0.3.255,NL
            10.0.4.0,10.0.4.255,BE
            """);
        var output = Path.Combine(_directory, "ipdata.bin");

        IpDataBuilder.Build(_directory, output, new DateOnly(2026, 3, 4));
        var snapshot = IpDataSnapshot.Load(output);

        Assert.Equal("FR", snapshot.Lookup(IPAddress.Parse("10.0.0.1"))?.AsCountry);
        Assert.Equal("BE", snapshot.Lookup(IPAddress.Parse("10.0.3.1"))?.AsCountry);
    }

    [Fact]
    public void Should_fail_without_any_as_file()
    {
        File.WriteAllText(Path.Combine(_directory, "geo-whois-asn-country-ipv4.csv"), "1.0.0.0,1.0.0.255,AU\n");

        Assert.Throws<FileNotFoundException>(() => IpDataBuilder.Build(_directory, Path.Combine(_directory, "x.bin"), new DateOnly(2026, 3, 4)));
    }

    [Theory]
    [InlineData("1.0.0.0,1.0.0.255,notanumber,X")]
    [InlineData("1.0.0.0,not-an-address,13335,X")]
    [InlineData("1.0.0.0,1.0.0.255,13335,\"unterminated")]
    [InlineData("1.0.0.255,1.0.0.0,13335,Backwards")]
    public void Should_reject_malformed_rows(string row)
    {
        File.WriteAllText(Path.Combine(_directory, "asn-ipv4.csv"), row + "\n");

        Assert.Throws<InvalidDataException>(() => IpDataBuilder.Build(_directory, Path.Combine(_directory, "x.bin"), new DateOnly(2026, 3, 4)));
    }

    [Theory]
    [InlineData("2.3.2026061719", "2026-06-17")]
    [InlineData("2.3.20260101", "2026-01-01")]
    [InlineData("1.0.0", null)]
    [InlineData("2.3.2026139900", null)]
    public void Should_read_the_data_date_from_a_package_version(string version, string? expected)
    {
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), IpDataBuilder.DateFromPackageVersion(version));
    }
}
