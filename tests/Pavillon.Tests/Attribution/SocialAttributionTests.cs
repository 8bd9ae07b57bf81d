using Pavillon.Model;

namespace Pavillon.Tests.Attribution;

public sealed class SocialAttributionTests
{
    public sealed class TheAttributeMethod
    {
        private static EvidenceBuilder Site() => EvidenceBuilder.For("parti.fr")
            .Knowing(TestProviders.Facebook, TestProviders.X, TestProviders.LinkedIn, TestProviders.YouTube, TestProviders.Mastodon, TestProviders.OvhCloud);

        [Fact]
        public void Should_count_the_profile_links_the_home_page_promotes()
        {
            var result = Site()
                .Page("https://parti.fr/", page => page
                    .Link("https://www.facebook.com/parti.exemple", text: "Facebook")
                    .Link("https://x.com/parti_exemple", "header")
                    .Link("https://www.linkedin.com/company/parti-exemple/"))
                .Attribute();

            Assert.Equal(["facebook", "x", "linkedin"], result.Social.Select(s => s.Network.Id));
            Assert.Equal("https://facebook.com/parti.exemple", result.Social[0].Url);
            Assert.Equal("US", result.Social[0].Network.Jurisdiction);
            Assert.Equal(3, result.Dependencies.Count(d => d.Service == ServiceKind.SocialNetwork));
            Assert.Equal("facebook: social host facebook.com", Assert.Single(result.Social[0].Evidence).Rule);
        }

        [Theory]
        [InlineData("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fparti.fr%2Factu")]
        [InlineData("https://twitter.com/intent/tweet?text=Lisez&url=https%3A%2F%2Fparti.fr%2Factu")]
        [InlineData("https://www.linkedin.com/shareArticle?mini=true&url=https%3A%2F%2Fparti.fr%2Factu")]
        public void Should_not_count_share_buttons(string shareUrl)
        {
            var result = Site()
                .Page("https://parti.fr/", page => page.Link(shareUrl, "main"))
                .Attribute();

            Assert.Empty(result.Social);
            Assert.DoesNotContain(result.Dependencies, d => d.Service == ServiceKind.SocialNetwork);
        }

        [Fact]
        public void Should_keep_one_account_per_network()
        {
            var result = Site()
                .Page("https://parti.fr/", page => page
                    .Link("https://www.facebook.com/parti.exemple", "header")
                    .Link("https://facebook.com/parti.exemple", "footer")
                    .Link("https://twitter.com/parti_exemple", "header")
                    .Link("https://x.com/parti_exemple", "footer"))
                .Attribute();

            Assert.Equal(["facebook", "x"], result.Social.Select(s => s.Network.Id));
        }

        [Fact]
        public void Should_report_the_profile_behind_a_follow_button_and_profile_urls_without_tracking()
        {
            var result = Site()
                .Page("https://parti.fr/", page => page
                    .Link("https://twitter.com/intent/follow?screen_name=parti_exemple", text: "Suivez-nous")
                    .Link("http://m.facebook.com/parti.exemple/?utm_source=site&fbclid=IwAR0abc"))
                .Attribute();

            Assert.Equal(["https://twitter.com/parti_exemple", "https://facebook.com/parti.exemple"], result.Social.Select(s => s.Url));
            Assert.Contains("intent/follow", result.Social[0].Evidence[0].Observation, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_not_count_links_to_the_organisations_own_site()
        {
            var result = Site()
                .Page("https://parti.fr/", page => page.Link("https://blog.parti.fr/@equipe", "footer"))
                .NodeInfo("blog.parti.fr", "mastodon")
                .Attribute();

            Assert.Empty(result.Social);
        }

        [Fact]
        public void Should_count_a_mastodon_profile_confirmed_by_nodeinfo_under_its_instance_operator()
        {
            var result = Site()
                .Page("https://parti.fr/", page => page.Link("https://piaille.fr/@parti", "footer", "Mastodon"))
                .NodeInfo("piaille.fr", "mastodon", "4.3.2")
                .A("piaille.fr", "51.91.99.1")
                .Address("51.91.99.1", 16276, "OVH SAS", "FR", "FR")
                .Attribute();

            var account = Assert.Single(result.Social);
            Assert.Equal("piaille.fr", account.Instance);
            Assert.Equal("mastodon", account.Software);
            Assert.Equal("https://piaille.fr/@parti", account.Url);
            Assert.Equal("FR", account.Network.Jurisdiction);
            Assert.Equal("ovhcloud", Assert.Single(account.Network.Parents).Id);
            Assert.Contains(account.Evidence, e => e.Kind == "nodeinfo" && e.Observation.Contains("software mastodon 4.3.2", StringComparison.Ordinal));
            var dependency = Assert.Single(result.Dependencies, d => d.Service == ServiceKind.SocialNetwork);
            Assert.Equal("FR", dependency.Location);
            Assert.Equal(Confidence.High, dependency.Confidence);
        }

        [Fact]
        public void Should_not_count_a_fediverse_shape_that_nodeinfo_did_not_confirm()
        {
            var result = Site()
                .Page("https://parti.fr/", page => page
                    .Link("https://social.exemple.org/@parti", "footer")
                    .Link("https://agenda.exemple.org/users/parti", "footer"))
                .NodeInfoFailure("social.exemple.org", "HTTP 404 for https://social.exemple.org/.well-known/nodeinfo")
                .Attribute();

            Assert.Empty(result.Social);
        }

        [Fact]
        public void Should_fill_the_instance_and_software_of_a_known_instance()
        {
            var result = Site()
                .Page("https://parti.fr/", page => page.Link("https://mastodon.social/@parti", "footer"))
                .NodeInfo("mastodon.social", "mastodon", "4.4.0")
                .Attribute();

            var account = Assert.Single(result.Social);
            Assert.Equal("mastodon", account.Network.Id);
            Assert.Equal("DE", account.Network.Jurisdiction);
            Assert.Equal("mastodon.social", account.Instance);
            Assert.Equal("mastodon", account.Software);
        }

        [Fact]
        public void Should_keep_accounts_on_two_fediverse_instances_of_the_same_software()
        {
            var result = Site()
                .Page("https://parti.fr/", page => page
                    .Link("https://piaille.fr/@parti", "footer")
                    .Link("https://mastodon.social/@parti", "footer"))
                .NodeInfo("piaille.fr", "mastodon")
                .NodeInfo("mastodon.social", "mastodon")
                .A("piaille.fr", "51.91.99.1")
                .Address("51.91.99.1", 16276, "OVH SAS", "FR", "FR")
                .Attribute();

            Assert.Equal(["piaille.fr", "mastodon.social"], result.Social.Select(s => s.Instance));
        }
    }
}
