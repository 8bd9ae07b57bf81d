using Pavillon.Attribution;
using Pavillon.Attribution.Kinds.Registrar;
using Pavillon.Collect.Rdap;
using Pavillon.Domains;
using Pavillon.Evidence;
using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Tests.Attribution.Registrar;

public sealed class RegistrarAttributorTests
{
    private static readonly Provider Ovh = TestProviders.OvhCloud with
    {
        Categories = ["cloud", "registrar"],
        Identify = TestProviders.OvhCloud.Identify with { IanaRegistrarIds = [433] },
    };

    private static readonly Provider Gandi = TestProviders.Gandi with
    {
        Identify = TestProviders.Gandi.Identify with { IanaRegistrarIds = [81] },
    };

    public sealed class TheAttributeMethod
    {
        private static List<Dependency> Attribute(string host, RdapFetch? rdap)
        {
            var world = EvidenceBuilder.For(host).Knowing(Ovh, Gandi);
            var evidence = world.Build() with { Rdap = rdap };
            var context = new AttributionContext(evidence, world.Knowledge(), PublicSuffixList.Default);
            return new RegistrarAttributor().Attribute(context, null).ToList();
        }

        [Fact]
        public void Should_attribute_the_registrar_to_the_provider_claiming_its_iana_registrar_id()
        {
            const string json = """
                {"objectClassName":"domain","ldhName":"parti-exemple.com","entities":[{"objectClassName":"entity","handle":"433",
                 "roles":["registrar"],"publicIds":[{"type":"IANA Registrar ID","identifier":"433"}],
                 "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","OVH sas"]]]}]}
                """;
            var rdap = RdapParser.Parse("parti-exemple.com", json) with { Url = "https://rdap.example.test/domain/parti-exemple.com" };

            var registrar = Assert.Single(Attribute("www.parti-exemple.com", rdap));

            Assert.Equal(ServiceKind.Registrar, registrar.Service);
            Assert.Equal("ovhcloud", registrar.Provider.Id);
            Assert.Equal("FR", registrar.Provider.Jurisdiction);
            Assert.Equal(Confidence.High, registrar.Confidence);
            Assert.Equal("parti-exemple.com", registrar.Subject);
            var evidence = Assert.Single(registrar.Evidence);
            Assert.Equal("rdap", evidence.Kind);
            Assert.Equal("https://rdap.example.test/domain/parti-exemple.com", evidence.Subject);
            Assert.Equal("registrar \"OVH sas\", handle 433, IANA Registrar ID 433", evidence.Observation);
            Assert.Equal("ovhcloud: iana-registrar-id 433", evidence.Rule);
        }

        [Fact]
        public void Should_follow_the_parent_chain_of_the_registrar_for_the_jurisdiction()
        {
            var rdap = new RdapFetch("parti.fr") { Registrar = new RdapRegistrar("GANDI SAS") { IanaId = 81 } };

            var registrar = Assert.Single(Attribute("parti.fr", rdap));

            Assert.Equal("gandi", registrar.Provider.Id);
            Assert.Equal("FR", registrar.Provider.Country);
            Assert.Equal("NL", registrar.Provider.Jurisdiction);
        }

        [Fact]
        public void Should_report_a_registrar_whose_id_is_not_in_the_knowledge_base_by_the_name_the_registry_gives()
        {
            var rdap = new RdapFetch("parti.com") { Registrar = new RdapRegistrar("Registrar Lointain Ltd") { IanaId = 99999 } };

            var registrar = Assert.Single(Attribute("parti.com", rdap));

            Assert.Equal("unknown", registrar.Provider.Id);
            Assert.Equal("Registrar Lointain Ltd", registrar.Provider.Name);
            Assert.False(registrar.Provider.InKnowledgeBase);
            Assert.Equal(Confidence.Low, registrar.Confidence);
            Assert.Equal("IANA Registrar ID not in the knowledge base", registrar.Evidence[0].Rule);
        }

        [Fact]
        public void Should_never_match_a_registrar_by_its_name()
        {
            // "OVH sas" without an IANA number (a ccTLD registry's answer) is not OVHcloud by name.
            var rdap = new RdapFetch("parti.fr") { Registrar = new RdapRegistrar("OVH sas") { Handle = "1234" } };

            var registrar = Assert.Single(Attribute("parti.fr", rdap));

            Assert.Equal("unknown", registrar.Provider.Id);
            Assert.Equal("OVH sas", registrar.Provider.Name);
            Assert.Equal("registrar without an IANA Registrar ID", registrar.Evidence[0].Rule);
            Assert.Equal("registrar \"OVH sas\", handle 1234, no IANA Registrar ID", registrar.Evidence[0].Observation);
        }

        [Fact]
        public void Should_name_a_registrar_without_a_name_by_its_handle()
        {
            var rdap = new RdapFetch("parti.fr") { Registrar = new RdapRegistrar(null) { Handle = "REG-42" } };

            Assert.Equal("REG-42", Assert.Single(Attribute("parti.fr", rdap)).Provider.Name);
        }

        [Fact]
        public void Should_find_nothing_without_an_rdap_record_or_when_the_lookup_failed()
        {
            Assert.Empty(Attribute("parti.fr", null));
            Assert.Empty(Attribute("parti.fr", new RdapFetch("parti.fr") { Error = "the RDAP server answered HTTP 429 (rate limited)" }));
            Assert.Empty(Attribute("parti.fr", new RdapFetch("parti.fr")));
        }
    }
}
