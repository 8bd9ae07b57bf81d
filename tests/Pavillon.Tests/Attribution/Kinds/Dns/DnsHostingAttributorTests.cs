using Pavillon.Attribution.Kinds.Dns;
using Pavillon.Model;

namespace Pavillon.Tests.Attribution.Kinds.Dns;

public sealed class DnsHostingAttributorTests
{
    public sealed class TheAttributeMethod
    {
        private static List<Dependency> Attribute(EvidenceBuilder world) =>
            new DnsHostingAttributor().Attribute(world.Context(), null).ToList();

        [Fact]
        public void Should_attribute_name_servers_by_their_provider_suffix_as_one_dependency()
        {
            var dependencies = Attribute(EvidenceBuilder.For("www.parti.fr")
                .Knowing(TestProviders.Gandi)
                .Ns("parti.fr", "ns-1.gandi.net", "ns-2.gandi.net")
                .A("ns-1.gandi.net", "173.246.100.1")
                .Address("173.246.100.1", 29169, "GANDI-AS", "FR", "FR"));

            var dns = Assert.Single(dependencies);
            Assert.Equal(ServiceKind.Dns, dns.Service);
            Assert.Equal("gandi", dns.Provider.Id);
            Assert.Equal("NL", dns.Provider.Jurisdiction);
            Assert.Equal(Confidence.High, dns.Confidence);
            Assert.Equal("ns-1.gandi.net, ns-2.gandi.net", dns.Subject);
            Assert.Equal("FR", dns.Location);
            Assert.All(dns.Evidence, e => Assert.Equal("gandi: ns suffix gandi.net", e.Rule));
        }

        [Fact]
        public void Should_attribute_a_name_server_of_unknown_name_by_the_network_of_its_address()
        {
            var dependencies = Attribute(EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.OvhCloud)
                .Ns("parti.fr", "ns1.dns-exemple.net")
                .A("ns1.dns-exemple.net", "51.91.0.53")
                .Address("51.91.0.53", 16276, "OVH SAS", "FR", "FR"));

            var dns = Assert.Single(dependencies);
            Assert.Equal("ovhcloud", dns.Provider.Id);
            Assert.Equal(Confidence.Medium, dns.Confidence);
            Assert.Contains(dns.Evidence, e => e.Kind == "asn" && e.Rule == "ovhcloud: AS16276");
        }

        [Fact]
        public void Should_say_the_organisation_serves_its_own_zone_when_its_name_server_is_its_own()
        {
            var dependencies = Attribute(EvidenceBuilder.For("mairie-exemple.fr", "Mairie d'Exemple")
                .Ns("mairie-exemple.fr", "ns.mairie-exemple.fr")
                .A("ns.mairie-exemple.fr", "193.50.1.53")
                .Address("193.50.1.53", 2200, "Renater", "FR", "FR", "ns.mairie-exemple.fr"));

            Assert.Equal("self", Assert.Single(dependencies).Provider.Id);
        }

        [Fact]
        public void Should_keep_a_name_server_that_nothing_identifies_as_unknown()
        {
            var dependencies = Attribute(EvidenceBuilder.For("parti.fr")
                .Ns("parti.fr", "ns1.inconnu.example"));

            var dns = Assert.Single(dependencies);
            Assert.Equal("unknown", dns.Provider.Id);
            Assert.Equal("ns1.inconnu.example", dns.Provider.Name);
            Assert.Equal(Confidence.Low, dns.Confidence);
        }

        [Fact]
        public void Should_find_nothing_when_the_zone_was_not_asked()
        {
            Assert.Empty(Attribute(EvidenceBuilder.For("parti.fr").Knowing(TestProviders.Gandi)));
        }
    }
}
