using Pavillon.KnowledgeBase;

namespace Pavillon.Tests.KnowledgeBase;

/// <summary>
/// Hard cases of the service providers (mail hosts, gateways, senders, social networks, certificate
/// authorities, third-party scripts): European subsidiaries of foreign groups, offshore holdings,
/// acquisitions that moved a jurisdiction, and look-alike host names that must never match.
/// </summary>
public sealed class ServiceProvidersTests
{
    private static readonly string ProvidersDirectory = Path.Combine(AppContext.BaseDirectory, "data", "providers");

    private static readonly Lazy<ProviderKnowledge> LazyKnowledge = new(() => ProviderKnowledge.Load(ProvidersDirectory));

    private static ProviderKnowledge Knowledge => LazyKnowledge.Value;

    private static Provider Get(string id) =>
        Knowledge.ById(id) ?? throw new InvalidOperationException($"provider '{id}' is missing from {ProvidersDirectory}");

    public sealed class TheServiceProviderFiles
    {
        [Fact]
        public void Should_load_without_reading_problems_or_claim_conflicts()
        {
            Assert.Empty(Knowledge.Problems);
            Assert.Empty(Knowledge.Conflicts);
        }

        [Theory]
        [InlineData("microsoft-365")]
        [InlineData("google-workspace")]
        [InlineData("proton")]
        [InlineData("brevo")]
        [InlineData("x-twitter")]
        [InlineData("tiktok")]
        [InlineData("mastodon")]
        [InlineData("lets-encrypt")]
        [InlineData("google-analytics")]
        [InlineData("axeptio")]
        public void Should_give_every_checked_provider_a_category_a_rule_and_a_source(string id)
        {
            var provider = Get(id);

            Assert.NotEmpty(provider.Categories);
            Assert.False(provider.Identify.IsEmpty);
            Assert.NotEmpty(provider.Sources);
        }
    }

    public sealed class TheJurisdiction
    {
        [Theory]
        [InlineData("microsoft-365", "IE", "US")]
        [InlineData("google-workspace", "IE", "US")]
        [InlineData("facebook", "IE", "US")]
        [InlineData("whatsapp", "IE", "US")]
        [InlineData("linkedin", "IE", "US")]
        [InlineData("youtube", "IE", "US")]
        [InlineData("x-twitter", "IE", "US")]
        [InlineData("icloud-mail", "IE", "US")]
        public void Should_follow_a_european_subsidiary_up_to_its_foreign_parent(string id, string country, string jurisdiction)
        {
            var provider = Get(id);

            Assert.Equal(country, provider.Country);
            Assert.Equal(jurisdiction, provider.Jurisdiction);
        }

        [Fact]
        public void Should_show_the_offshore_holding_of_tiktok_and_explain_its_chinese_operations()
        {
            var tiktok = Get("tiktok");

            Assert.Equal("IE", tiktok.Country);
            Assert.Equal("ByteDance Ltd.", tiktok.Parents[^1].Name);
            Assert.Equal("KY", tiktok.Jurisdiction);
            Assert.Contains("China", tiktok.Notes, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("vade", "FR", "US")]
        [InlineData("hornetsecurity", "DE", "US")]
        [InlineData("hotjar", "MT", "FR")]
        [InlineData("piano-analytics", "FR", "US")]
        [InlineData("vimeo", "US", "IT")]
        [InlineData("mailjet", "FR", "SE")]
        [InlineData("mailgun", "US", "SE")]
        public void Should_follow_an_acquisition_that_moved_the_jurisdiction(string id, string country, string jurisdiction)
        {
            var provider = Get(id);

            Assert.Equal(country, provider.Country);
            Assert.Equal(jurisdiction, provider.Jurisdiction);
        }

        [Theory]
        [InlineData("dailymotion", "FR")]
        [InlineData("brevo", "FR")]
        [InlineData("proton", "CH")]
        [InlineData("yandex-mail", "RU")]
        [InlineData("vk", "RU")]
        [InlineData("globalsign", "JP")]
        public void Should_keep_the_country_of_an_independent_or_domestic_group(string id, string jurisdiction)
        {
            Assert.Equal(jurisdiction, Get(id).Jurisdiction);
        }

        [Fact]
        public void Should_link_vade_to_its_parents_by_id_so_the_chain_can_be_walked()
        {
            var vade = Get("vade");

            Assert.Equal("hornetsecurity", vade.Parents[0].Id);
            Assert.Equal("proofpoint", vade.Parents[1].Id);
        }
    }

    public sealed class TheIdentificationRules
    {
        [Theory]
        [InlineData("contoso-org.mail.protection.outlook.com", "microsoft-365")]
        [InlineData("contoso-org.r-v1.mx.microsoft", "microsoft-365")]
        [InlineData("aspmx.l.google.com", "google-workspace")]
        [InlineData("alt2.aspmx.l.google.com", "google-workspace")]
        [InlineData("mail.protonmail.ch", "proton")]
        [InlineData("mx0a-001234.pphosted.com", "proofpoint")]
        [InlineData("mx01.hornetsecurity.com", "hornetsecurity")]
        [InlineData("eu-smtp-inbound-1.mimecast.com", "mimecast")]
        public void Should_attribute_mx_hosts(string host, string id)
        {
            Assert.Equal(id, Knowledge.Mx.Match(host)?.Provider.Id);
        }

        [Theory]
        [InlineData("spf.protection.outlook.com", "microsoft-365")]
        [InlineData("_spf.google.com", "google-workspace")]
        [InlineData("spf.sendinblue.com", "brevo")]
        [InlineData("servers.mcsv.net", "mailchimp")]
        [InlineData("spf.mtasv.net", "postmark")]
        [InlineData("amazonses.com", "amazon-ses")]
        public void Should_attribute_spf_includes(string include, string id)
        {
            Assert.Equal(id, Knowledge.Spf.Match(include)?.Provider.Id);
        }

        [Theory]
        [InlineData("x.com", "x-twitter")]
        [InlineData("twitter.com", "x-twitter")]
        [InlineData("www.facebook.com", "facebook")]
        [InlineData("www.instagram.com", "instagram")]
        [InlineData("www.linkedin.com", "linkedin")]
        [InlineData("www.youtube.com", "youtube")]
        [InlineData("youtu.be", "youtube")]
        [InlineData("www.tiktok.com", "tiktok")]
        [InlineData("bsky.app", "bluesky")]
        [InlineData("mastodon.social", "mastodon")]
        [InlineData("framapiaf.org", "framasoft-instances")]
        [InlineData("t.me", "telegram")]
        public void Should_attribute_social_profile_hosts(string host, string id)
        {
            Assert.Equal(id, Knowledge.SocialHosts.Match(host)?.Provider.Id);
        }

        [Theory]
        [InlineData("www.googletagmanager.com", "google-tag-manager")]
        [InlineData("www.google-analytics.com", "google-analytics")]
        [InlineData("fonts.googleapis.com", "google-fonts")]
        [InlineData("connect.facebook.net", "meta-pixel")]
        [InlineData("static.axept.io", "axeptio")]
        [InlineData("sdk.privacy-center.org", "didomi")]
        [InlineData("logs1412.xiti.com", "piano-analytics")]
        [InlineData("cdn.jsdelivr.net", "jsdelivr")]
        [InlineData("tile.openstreetmap.fr", "openstreetmap-france")]
        [InlineData("www.youtube-nocookie.com", "youtube")]
        public void Should_attribute_third_party_resource_hosts(string host, string id)
        {
            Assert.Equal(id, Knowledge.ResourceHosts.Match(host)?.Provider.Id);
        }

        [Theory]
        [InlineData("MS=ms12345678", "microsoft-365")]
        [InlineData("google-site-verification=abcDEF123", "google-search-console")]
        [InlineData("facebook-domain-verification=0123abcd", "facebook")]
        [InlineData("globalsign-domain-verification=xyz", "globalsign")]
        [InlineData("docusign=0f1e2d3c", "docusign")]
        [InlineData("brevo-code:abc", "brevo")]
        public void Should_attribute_txt_verification_tokens(string txt, string id)
        {
            var matches = Knowledge.TxtRules.Where(r => r.Pattern.IsMatch(txt)).Select(r => r.Provider.Id).Distinct().ToList();

            Assert.Equal([id], matches);
        }

        [Theory]
        [InlineData("Let's Encrypt", "lets-encrypt")]
        [InlineData("Sectigo Limited", "sectigo")]
        [InlineData("DigiCert Inc", "digicert")]
        [InlineData("Google Trust Services", "google-trust-services")]
        [InlineData("GlobalSign nv-sa", "globalsign")]
        [InlineData("Certigna", "certigna")]
        public void Should_attribute_certificate_issuers(string organisation, string id)
        {
            Assert.Equal(id, Knowledge.ByCertificateIssuer(organisation)?.Id);
        }

        [Theory]
        [InlineData("mastodon", "mastodon")]
        [InlineData("peertube", "peertube")]
        [InlineData("pixelfed", "pixelfed")]
        public void Should_name_fediverse_software_from_nodeinfo(string software, string id)
        {
            Assert.Equal(id, Knowledge.ByFediverseSoftware(software)?.Id);
        }
    }

    public sealed class TheLookAlikes
    {
        [Theory]
        [InlineData("evil-outlook.com")]
        [InlineData("mail.protection.outlook.com.attacker.example")]
        [InlineData("notprotonmail.ch")]
        [InlineData("pphosted.com.example.net")]
        public void Should_never_attribute_a_look_alike_mx_host(string host)
        {
            var match = Knowledge.Mx.Match(host);

            Assert.True(match is null || (match.Provider.Id != "microsoft-365" && match.Provider.Id != "proton" && match.Provider.Id != "proofpoint"), $"{host} matched {match?.Provider.Id}");
        }

        [Theory]
        [InlineData("notfacebook.com")]
        [InlineData("x.com.example.org")]
        [InlineData("mastodon.social.example")]
        [InlineData("my-youtube.com")]
        [InlineData("tiktok.community")]
        public void Should_never_attribute_a_look_alike_social_host(string host)
        {
            Assert.Null(Knowledge.SocialHosts.Match(host));
        }

        [Theory]
        [InlineData("XMS=ms12345678")]
        [InlineData("v=spf1 include:spf.protection.outlook.com -all")]
        [InlineData("not-google-site-verification=abc")]
        public void Should_anchor_txt_tokens_at_the_start_of_the_record(string txt)
        {
            Assert.DoesNotContain(Knowledge.TxtRules, r => r.Pattern.IsMatch(txt));
        }

        [Fact]
        public void Should_match_certificate_issuers_exactly_not_by_substring()
        {
            Assert.Null(Knowledge.ByCertificateIssuer("Let's Encrypt Fake CA"));
            Assert.Null(Knowledge.ByCertificateIssuer("Encrypt"));
        }
    }
}
