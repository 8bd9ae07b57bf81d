using Pavillon.KnowledgeBase;

namespace Pavillon.Tests.KnowledgeBase;

/// <summary>
/// Checks the committed provider files under data/providers: the whole set validates, and the hard
/// cases (brand versus legal entity, acquisitions that move the jurisdiction, national subsidiaries of
/// foreign groups, look-alike names) come out as documented in data/schema/README.md.
/// </summary>
public sealed class ProviderFilesTests
{
    private static readonly string ProvidersDirectory = Path.Combine(AppContext.BaseDirectory, "data", "providers");

    private static readonly Lazy<ProviderKnowledge> LazyKnowledge = new(() => ProviderKnowledge.Load(ProvidersDirectory));

    private static ProviderKnowledge Knowledge => LazyKnowledge.Value;

    private static Provider Get(string id) =>
        Knowledge.ById(id) ?? throw new InvalidOperationException($"provider '{id}' is missing from {ProvidersDirectory}");

    public sealed class TheWholeKnowledgeBase
    {
        [Fact]
        public void Should_validate_without_any_problem()
        {
            var problems = KnowledgeBaseValidator.Validate(Knowledge);

            Assert.Empty(problems);
        }

        [Fact]
        public void Should_report_a_bulk_sending_target_outside_the_providers_spf_suffixes()
        {
            var provider = new Provider
            {
                Id = "mail-exemple",
                Name = "Mail Exemple",
                Country = "FR",
                Categories = ["email-hosting"],
                Identify = new IdentificationRules { Spf = ["mail-exemple.fr"], SpfBulk = ["newsletter.mail-exemple.fr", "news.autre-exemple.fr"] },
                Sources = [new SourceRef("https://mail-exemple.fr/spf", "SPF documentation", new DateOnly(2026, 11, 29))],
                Reviewed = new DateOnly(2026, 11, 29),
            };

            var problem = Assert.Single(KnowledgeBaseValidator.Validate(ProviderKnowledge.FromProviders([provider])));
            Assert.Contains("spf-bulk 'news.autre-exemple.fr'", problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_hold_the_providers_of_the_french_audit()
        {
            string[] ids =
            [
                "ovhcloud", "clever-cloud", "scaleway", "openaction", "automattic", "nationbuilder", "google-cloud",
                "google", "amazon-web-services", "amazon-cloudfront", "microsoft-azure", "gandi", "octopuce", "izencia",
                "evolix", "globenet", "nursit", "haisoft", "serinya-telecom", "infomaniak",
            ];

            Assert.All(ids, id => Assert.NotNull(Knowledge.ById(id)));
        }

        [Fact]
        public void Should_give_every_provider_a_source_checked_on_or_before_its_review()
        {
            Assert.All(Knowledge.Providers, p => Assert.All(p.Sources, s => Assert.True(s.Checked <= p.Reviewed, $"{p.Id}: {s.Url}")));
        }

        private static string? ReadId(string path) =>
            File.ReadLines(path)
                .Where(line => line.StartsWith("id:", StringComparison.Ordinal))
                .Select(line => line["id:".Length..].Trim())
                .FirstOrDefault();
    }

    public sealed class BrandAndLegalEntity
    {
        [Theory]
        [InlineData(12876)]
        [InlineData(29447)]
        public void Should_attribute_the_former_online_sas_networks_to_scaleway(int asn)
        {
            var provider = Knowledge.ByAsn(asn);

            Assert.NotNull(provider);
            Assert.Equal("scaleway", provider.Id);
            Assert.Contains(provider.Entities, e => e.Name == "Scaleway SAS" && e.Registration == "RCS Paris 433 115 904");
            Assert.Equal("FR", provider.Jurisdiction);
        }

        [Theory]
        [InlineData("51-158-1-1.rev.poneytelecom.eu")]
        [InlineData("sd-12345.dedibox.online.net")]
        [InlineData("163-172-1-1.instances.scw.cloud")]
        public void Should_recognise_old_and_new_scaleway_reverse_names(string ptr)
        {
            Assert.Equal("scaleway", Knowledge.Ptr.Match(ptr)?.Provider.Id);
        }

        [Fact]
        public void Should_not_take_a_self_hosted_wordpress_for_wordpress_com()
        {
            static string? Match(string generator) =>
                Knowledge.GeneratorRules.FirstOrDefault(r => r.Pattern.IsMatch(generator))?.Provider.Id;

            Assert.Null(Match("WordPress 6.5.2"));
            Assert.Equal("automattic", Match("WordPress.com"));
        }
    }

    public sealed class JurisdictionThroughParents
    {
        [Fact]
        public void Should_move_gandi_to_dutch_jurisdiction_after_its_merger()
        {
            var gandi = Get("gandi");

            Assert.Equal("FR", gandi.Country);
            Assert.Equal("NL", gandi.Jurisdiction);
        }

        [Fact]
        public void Should_put_the_irish_entity_of_google_cloud_under_us_law()
        {
            var provider = Knowledge.ByAsn(214609);

            Assert.NotNull(provider);
            Assert.Equal("google-cloud", provider.Id);
            Assert.Contains(provider.Entities, e => e.Country == "IE");
            Assert.Equal("US", provider.Jurisdiction);
            Assert.Equal("google", provider.Parents[0].Id);
        }

        [Fact]
        public void Should_keep_the_trusted_cloud_joint_ventures_french_with_their_shared_control_written_down()
        {
            foreach (var id in new[] { "bleu", "s3ns" })
            {
                var provider = Get(id);

                Assert.Equal("FR", provider.Jurisdiction);
                Assert.False(string.IsNullOrWhiteSpace(provider.Parents[0].Control));
            }
        }

        [Theory]
        [InlineData("exoscale", "CH", "MX")]
        [InlineData("imperva", "US", "FR")]
        [InlineData("linkbynet", "FR", "IE")]
        [InlineData("sfr", "FR", "LU")]
        [InlineData("github-pages", "US", "US")]
        public void Should_follow_the_parent_chain_to_the_ultimate_parent(string id, string country, string jurisdiction)
        {
            var provider = Get(id);

            Assert.Equal(country, provider.Country);
            Assert.Equal(jurisdiction, provider.Jurisdiction);
        }
    }

    public sealed class LookAlikes
    {
        [Fact]
        public void Should_never_attribute_the_colombian_globenet_cable_operator()
        {
            Assert.Null(Knowledge.ByAsn(52320));
            Assert.Empty(Get("globenet").Identify.Asns);
        }

        [Theory]
        [InlineData("evil-ovh.net")]
        [InlineData("notgandi.net")]
        [InlineData("cloudfront.net.example.org")]
        public void Should_match_whole_labels_only(string host)
        {
            Assert.Null(Knowledge.Cname.Match(host));
            Assert.Null(Knowledge.Ns.Match(host));
        }
    }

    public sealed class LayersOfOneSite
    {
        [Fact]
        public void Should_tell_the_campaign_platform_from_the_cdn_it_uses()
        {
            Assert.Equal("nationbuilder", Knowledge.ResourceHosts.Match("d3n8a8pro7vhmx.cloudfront.net")?.Provider.Id);
            Assert.Equal("amazon-cloudfront", Knowledge.Cname.Match("d1234abcd.cloudfront.net")?.Provider.Id);
        }

        [Theory]
        [InlineData("ns-1536.awsdns-00.co.uk", "amazon-web-services")]
        [InlineData("ns-12.awsdns-63.org", "amazon-web-services")]
        [InlineData("ns1-06.azure-dns.com", "microsoft-azure")]
        [InlineData("ns-cloud-a1.googledomains.com", "google-cloud")]
        [InlineData("ns-123-a.gandi.net", "gandi")]
        [InlineData("dns200.anycast.me", "ovhcloud")]
        [InlineData("kate.ns.cloudflare.com", "cloudflare")]
        public void Should_name_the_dns_host_from_the_name_servers(string ns, string id)
        {
            Assert.Equal(id, Knowledge.Ns.Match(ns)?.Provider.Id);
        }
    }
}
