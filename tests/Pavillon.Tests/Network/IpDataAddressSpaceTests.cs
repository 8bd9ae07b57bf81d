using Pavillon.Network;

namespace Pavillon.Tests.Network;

public sealed class IpDataAddressSpaceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pavillon-ipdata-space-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Should_count_a_nested_route_for_its_own_as_only()
    {
        // 10.0.1.0/24 of AS64497 is cut out of AS64496's 10.0.0.0/16: 65,536 - 256 addresses remain to AS64496.
        File.WriteAllText(Path.Combine(_directory, "asn-ipv4.csv"), """
            10.0.0.0,10.0.255.255,64496,Example
            10.0.1.0,10.0.1.255,64497,Inner
            10.1.0.0,10.1.0.255,64497,Inner
            """);
        File.WriteAllText(Path.Combine(_directory, "iptoasn-country-ipv4.csv"), "10.0.0.0,10.1.0.255,FR\n");
        File.WriteAllText(Path.Combine(_directory, "asn-ipv6.csv"), "2001:db8::,2001:db8::ffff,64498,Only IPv6\n");
        var output = Path.Combine(_directory, "ipdata.bin");
        IpDataBuilder.Build(_directory, output, new DateOnly(2026, 3, 4));

        var spaces = IpDataAddressSpace.ByAs(output);

        Assert.Equal(
            [new AsAddressSpace(64496, "Example", "FR", 65_280, 2), new AsAddressSpace(64497, "Inner", "FR", 512, 2)],
            spaces);
    }
}
