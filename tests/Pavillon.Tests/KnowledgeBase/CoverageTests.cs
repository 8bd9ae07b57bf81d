using Pavillon.KnowledgeBase;
using Pavillon.Network;

namespace Pavillon.Tests.KnowledgeBase;

/// <summary>
/// Floors on how much of the routed IPv4 space the committed provider files name, measured on the committed
/// IP data snapshot: removing a provider file or an ASN that carries a large network must be a visible decision,
/// not a silent loss. The floors sit a little below the figures of docs/knowledge-base.md (bench/coverage.sh);
/// raise them when the coverage grows.
/// </summary>
public sealed class CoverageTests
{
    private static readonly Lazy<(ProviderKnowledge Knowledge, IReadOnlyList<AsAddressSpace> Spaces)> LazyData = new(() => (
        ProviderKnowledge.Load(Path.Combine(AppContext.BaseDirectory, "data", "providers")),
        IpDataAddressSpace.ByAs(Path.Combine(AppContext.BaseDirectory, "data", "ipdata", IpDataSnapshot.FileName))));

    public sealed class TheTop500Asns
    {
        [Fact]
        public void Should_map_at_least_155_of_them_to_a_provider()
        {
            var (knowledge, spaces) = LazyData.Value;

            var known = spaces.Take(500).Count(s => knowledge.ByAsn(s.Asn) is not null);

            Assert.True(known >= 155, $"{known} of the top 500 ASNs map to a provider; the floor is 155");
        }

        [Fact]
        public void Should_map_at_least_74_percent_of_their_ipv4_addresses_to_a_provider()
        {
            var (knowledge, spaces) = LazyData.Value;
            var top = spaces.Take(500).ToList();

            var share = (double)top.Where(s => knowledge.ByAsn(s.Asn) is not null).Sum(s => s.Ipv4Addresses) / top.Sum(s => s.Ipv4Addresses);

            Assert.True(share >= 0.74, $"{share:P1} of the top 500 ASNs' IPv4 addresses map to a provider; the floor is 74 %");
        }
    }

    public sealed class TheTop100FrenchAsns
    {
        [Fact]
        public void Should_map_at_least_94_percent_of_their_ipv4_addresses_to_a_provider()
        {
            var (knowledge, spaces) = LazyData.Value;
            var top = spaces.Where(s => s.AsCountry == "FR").Take(100).ToList();

            var share = (double)top.Where(s => knowledge.ByAsn(s.Asn) is not null).Sum(s => s.Ipv4Addresses) / top.Sum(s => s.Ipv4Addresses);

            Assert.True(share >= 0.94, $"{share:P1} of the top 100 French ASNs' IPv4 addresses map to a provider; the floor is 94 %");
        }
    }

    public sealed class TheAddressSpaceEnumeration
    {
        [Fact]
        public void Should_list_each_as_once_largest_first()
        {
            var (_, spaces) = LazyData.Value;

            Assert.Equal(spaces.Count, spaces.Select(s => s.Asn).Distinct().Count());
            Assert.All(spaces.Zip(spaces.Skip(1)), pair => Assert.True(pair.First.Ipv4Addresses >= pair.Second.Ipv4Addresses));
        }

        [Fact]
        public void Should_not_count_more_addresses_than_ipv4_holds()
        {
            var (_, spaces) = LazyData.Value;

            Assert.InRange(spaces.Sum(s => s.Ipv4Addresses), 1L, 1L << 32);
        }
    }
}
