using System.Net;
using Pavillon.Network;

namespace Pavillon.Tests.Network;

public sealed class IpRangeTextTests
{
    private static uint V4(string address) => IpRangeText.ToUInt32(IPAddress.Parse(address));

    private static UInt128 V6(string address) => IpRangeText.ToUInt128(IPAddress.Parse(address));

    [Theory]
    [InlineData("0.0.0.0", "255.255.255.255", "0.0.0.0/0")]
    [InlineData("51.15.0.0", "51.15.255.255", "51.15.0.0/16")]
    [InlineData("192.0.2.7", "192.0.2.7", "192.0.2.7/32")]
    [InlineData("104.16.0.0", "104.21.127.255", "104.16.0.0-104.21.127.255")]
    [InlineData("10.0.0.128", "10.0.1.127", "10.0.0.128-10.0.1.127")]
    public void Should_write_ipv4_ranges_as_cidr_only_when_exact(string first, string last, string expected)
    {
        Assert.Equal(expected, IpRangeText.FormatV4(V4(first), V4(last)));
    }

    [Theory]
    [InlineData("::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "::/0")]
    [InlineData("2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db8::/32")]
    [InlineData("2001:db8::1", "2001:db8::1", "2001:db8::1/128")]
    [InlineData("2001:4860:480d::", "2001:4860:ffff:ffff:ffff:ffff:ffff:ffff", "2001:4860:480d::-2001:4860:ffff:ffff:ffff:ffff:ffff:ffff")]
    public void Should_write_ipv6_ranges_as_cidr_only_when_exact(string first, string last, string expected)
    {
        Assert.Equal(expected, IpRangeText.FormatV6(V6(first), V6(last)));
    }
}
