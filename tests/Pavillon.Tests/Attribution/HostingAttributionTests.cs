using Pavillon.Model;

namespace Pavillon.Tests.Attribution;

public sealed class HostingAttributionTests
{
    public sealed class TheAttributeMethod
    {
        [Fact]
        public void Should_name_the_platform_behind_a_cname_and_keep_the_cdn_in_front_as_the_edge()
        {
            var result = EvidenceBuilder.For("www.parti.fr")
                .Knowing(TestProviders.NationBuilder, TestProviders.Cloudflare)
                .Cname("www.parti.fr", "parti.nationbuilder.com")
                .A("parti.nationbuilder.com", "104.16.10.20")
                .Address("104.16.10.20", 13335, "CLOUDFLARENET", "US", "US")
                .Page("https://www.parti.fr/")
                .Attribute();

            Assert.Equal("nationbuilder", result.Hosting.Provider?.Id);
            Assert.False(result.Hosting.SelfHosted);
            var edge = Assert.Single(result.Hosting.Layers, l => l.Layer == "edge");
            Assert.Equal("cloudflare", edge.Provider.Id);
            Assert.Equal(ServiceKind.Cdn, edge.Service);
            Assert.Equal(Confidence.High, edge.Confidence);
            var platform = Assert.Single(result.Hosting.Layers, l => l.Layer == "platform");
            Assert.Equal(ServiceKind.WebPlatform, platform.Service);
            Assert.Contains(platform.Evidence, e => e.Kind == "cname" && e.Observation == "CNAME parti.nationbuilder.com");
            Assert.Equal("US", platform.Location);
        }

        [Fact]
        public void Should_find_a_cdn_by_its_response_header_when_the_address_says_nothing()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.Cloudflare)
                .A("parti.fr", "198.51.100.7")
                .Address("198.51.100.7")
                .Page("https://parti.fr/", page => page.Header("cf-ray", "8a1b2c3d4e5f-CDG"))
                .Attribute();

            var edge = Assert.Single(result.Hosting.Layers);
            Assert.Equal("edge", edge.Layer);
            Assert.Equal("cloudflare", edge.Provider.Id);
            Assert.Equal(Confidence.Medium, edge.Confidence);
            Assert.Equal("http-header", Assert.Single(edge.Evidence).Kind);
            Assert.Equal("cloudflare", result.Hosting.Provider?.Id);
        }

        [Fact]
        public void Should_name_the_managed_host_found_by_the_reverse_name_before_the_network()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.Alwaysdata)
                .A("parti.fr", "185.31.40.11")
                .Address("185.31.40.11", 60362, "ALWAYSDATA", "FR", "FR", "http-11.alwaysdata.net")
                .Page("https://parti.fr/")
                .Attribute();

            Assert.Equal("alwaysdata", result.Hosting.Provider?.Id);
            var host = Assert.Single(result.Hosting.Layers, l => l.Layer == "host");
            Assert.Equal(Confidence.Medium, host.Confidence);
            Assert.Equal("PTR http-11.alwaysdata.net", Assert.Single(host.Evidence).Observation);
            var network = Assert.Single(result.Hosting.Layers, l => l.Layer == "network");
            Assert.Equal("asn:60362", network.Provider.Id);
        }

        [Fact]
        public void Should_name_the_network_operator_when_only_the_as_is_known()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.OvhCloud)
                .A("parti.fr", "51.91.12.34")
                .Address("51.91.12.34", 16276, "OVH SAS", "FR", "FR")
                .Page("https://parti.fr/")
                .Attribute();

            var network = Assert.Single(result.Hosting.Layers);
            Assert.Equal("network", network.Layer);
            Assert.Equal(ServiceKind.WebHosting, network.Service);
            Assert.Equal(Confidence.High, network.Confidence);
            Assert.Equal("ovhcloud", result.Hosting.Provider?.Id);
            Assert.Equal("FR", result.Hosting.Provider?.Jurisdiction);
            Assert.Equal("FR", network.Location);
        }

        [Fact]
        public void Should_report_an_unknown_as_by_its_number_and_registry_country_without_a_jurisdiction()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.OvhCloud)
                .A("parti.fr", "62.210.1.2")
                .Address("62.210.1.2", 12876, "Online SAS", "FR", "FR")
                .Page("https://parti.fr/")
                .Attribute();

            var network = Assert.Single(result.Hosting.Layers);
            Assert.Equal("asn:12876", network.Provider.Id);
            Assert.Equal("AS12876 Online SAS", network.Provider.Name);
            Assert.Equal(Confidence.Low, network.Confidence);
            Assert.Null(network.Provider.Jurisdiction);
            Assert.Equal("FR", network.Provider.Country);
            Assert.False(network.Provider.InKnowledgeBase);
            Assert.Equal("asn:12876", result.Hosting.Provider?.Id);
        }

        [Fact]
        public void Should_say_self_hosted_when_the_reverse_name_is_the_organisations_own_and_no_operator_is_in_between()
        {
            var result = EvidenceBuilder.For("www.mairie-exemple.fr", "Mairie d'Exemple")
                .A("www.mairie-exemple.fr", "193.50.1.80")
                .Address("193.50.1.80", 2200, "Renater", "FR", "FR", "serveur-web.mairie-exemple.fr")
                .Page("https://www.mairie-exemple.fr/")
                .Attribute();

            Assert.True(result.Hosting.SelfHosted);
            Assert.Equal("self", result.Hosting.Provider?.Id);
            Assert.Equal("Mairie d'Exemple", result.Hosting.Provider?.Name);
            Assert.Equal("FR", result.Hosting.Provider?.Jurisdiction);
            var host = Assert.Single(result.Hosting.Layers, l => l.Layer == "host");
            Assert.Equal("ptr", Assert.Single(host.Evidence).Kind);
            Assert.Contains(result.Hosting.Layers, l => l.Layer == "network" && l.Provider.Id == "asn:2200");
        }

        [Fact]
        public void Should_not_say_self_hosted_when_a_platform_serves_the_site_even_with_an_own_reverse_name()
        {
            var result = EvidenceBuilder.For("www.parti.fr")
                .Knowing(TestProviders.NationBuilder)
                .Cname("www.parti.fr", "parti.nationbuilder.com")
                .A("parti.nationbuilder.com", "192.0.2.44")
                .Address("192.0.2.44", 64500, "Example Transit", "US", "US", "www.parti.fr")
                .Page("https://www.parti.fr/")
                .Attribute();

            Assert.False(result.Hosting.SelfHosted);
            Assert.Equal("nationbuilder", result.Hosting.Provider?.Id);
        }

        [Fact]
        public void Should_report_where_the_servers_are_apart_from_whose_law_reaches_the_operator()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.AmazonWebServices)
                .A("parti.fr", "15.188.20.30")
                .Address("15.188.20.30", 16509, "AMAZON-02", "US", "FR")
                .Page("https://parti.fr/")
                .Attribute();

            var network = Assert.Single(result.Hosting.Layers);
            Assert.Equal("amazon-web-services", network.Provider.Id);
            Assert.Equal("FR", network.Location);
            Assert.Equal("US", network.Provider.Jurisdiction);
            Assert.Equal("LU", network.Provider.Country);
            Assert.Equal("Amazon.com, Inc.", Assert.Single(network.Provider.Parents).Name);
        }

        [Fact]
        public void Should_attribute_the_host_a_redirect_leads_to()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.OvhCloud, TestProviders.AmazonWebServices)
                .A("parti.fr", "51.91.12.34")
                .A("www.parti-exemple.org", "15.188.20.30")
                .Address("51.91.12.34", 16276, "OVH SAS", "FR", "FR")
                .Address("15.188.20.30", 16509, "AMAZON-02", "US", "FR")
                .Page("https://parti.fr/", page => page.RedirectTo("https://www.parti-exemple.org/"))
                .Attribute();

            Assert.Equal("amazon-web-services", result.Hosting.Provider?.Id);
            Assert.All(result.Hosting.Layers, l => Assert.Equal("www.parti-exemple.org", l.Subject));
            Assert.DoesNotContain(result.Hosting.Layers, l => l.Provider.Id == "ovhcloud");
        }

        [Fact]
        public void Should_attribute_www_when_the_apex_has_no_address()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.OvhCloud)
                .A("parti.fr")
                .A("www.parti.fr", "51.91.12.34")
                .Address("51.91.12.34", 16276, "OVH SAS", "FR", "FR")
                .WebFailure("https://parti.fr/", "parti.fr has no address in DNS")
                .Attribute();

            Assert.Equal("ovhcloud", result.Hosting.Provider?.Id);
            Assert.Equal("www.parti.fr", Assert.Single(result.Hosting.Layers).Subject);
        }

        [Fact]
        public void Should_keep_an_address_missing_from_the_ip_data_as_an_unknown_network()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .A("parti.fr", "198.51.100.7")
                .Address("198.51.100.7")
                .Page("https://parti.fr/")
                .Attribute();

            var network = Assert.Single(result.Hosting.Layers);
            Assert.Equal("unknown", network.Provider.Id);
            Assert.Equal(Confidence.Low, network.Confidence);
        }

        [Fact]
        public void Should_have_no_layer_and_no_provider_when_nothing_resolves()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .A("parti.fr")
                .A("www.parti.fr")
                .WebFailure("https://parti.fr/", "parti.fr has no address in DNS")
                .Attribute();

            Assert.Null(result.Hosting.Provider);
            Assert.Empty(result.Hosting.Layers);
        }
    }
}
