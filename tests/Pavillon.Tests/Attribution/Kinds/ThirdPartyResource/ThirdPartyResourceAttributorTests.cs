using Pavillon.Attribution.Kinds.ThirdPartyResource;
using Pavillon.Model;

namespace Pavillon.Tests.Attribution.Kinds.ThirdPartyResource;

public sealed class ThirdPartyResourceAttributorTests
{
    public sealed class TheAttributeMethod
    {
        private static List<Dependency> Attribute(EvidenceBuilder world)
        {
            var evidence = world.Build();
            return new ThirdPartyResourceAttributor().Attribute(world.Context(), evidence.Web.LastOrDefault()).ToList();
        }

        private static EvidenceBuilder Site(Action<WebFetchBuilder> page) => EvidenceBuilder.For("www.parti.fr")
            .Knowing(TestProviders.GoogleAnalytics, TestProviders.YouTube)
            .Page("https://www.parti.fr/", page);

        [Fact]
        public void Should_attribute_scripts_from_other_sites_by_provider()
        {
            var dependencies = Attribute(Site(page => page
                .Resource("script", "https://www.googletagmanager.com/gtag/js?id=G-ABC123")
                .Resource("script", "https://www.google-analytics.com/analytics.js")
                .Resource("script", "https://widgets.inconnu.example/embed.js")));

            var google = Assert.Single(dependencies, d => d.Provider.Id == "google-analytics");
            Assert.Equal(ServiceKind.ThirdPartyResource, google.Service);
            Assert.Equal(Confidence.High, google.Confidence);
            Assert.Equal(2, google.Evidence.Count);
            var unknown = Assert.Single(dependencies, d => d.Provider.Id == "unknown");
            Assert.Equal("inconnu.example", unknown.Provider.Name);
            Assert.Equal(Confidence.Low, unknown.Confidence);
        }

        [Fact]
        public void Should_not_count_first_party_resources()
        {
            var dependencies = Attribute(Site(page => page
                .Resource("script", "https://www.parti.fr/assets/app.js")
                .Resource("stylesheet", "https://static.parti.fr/site.css")
                .Resource("img", "https://parti.fr/logo.png")));

            Assert.Empty(dependencies);
        }

        [Fact]
        public void Should_not_count_resources_of_the_site_a_redirect_led_to()
        {
            var world = EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.GoogleAnalytics)
                .Page("https://parti.fr/", page => page
                    .RedirectTo("https://www.parti-campagne.org/")
                    .Resource("script", "https://cdn.parti-campagne.org/app.js"));

            Assert.Empty(Attribute(world));
        }

        [Fact]
        public void Should_report_an_embedded_video_frame_as_a_video_platform()
        {
            var dependencies = Attribute(Site(page => page
                .Resource("iframe", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
                .Resource("script", "https://www.youtube.com/iframe_api")));

            var video = Assert.Single(dependencies, d => d.Service == ServiceKind.VideoPlatform);
            Assert.Equal("youtube", video.Provider.Id);
            Assert.Equal("US", video.Provider.Jurisdiction);
            var script = Assert.Single(dependencies, d => d.Service == ServiceKind.ThirdPartyResource);
            Assert.Equal("youtube", script.Provider.Id);
        }

        [Fact]
        public void Should_not_count_a_self_hosted_matomo()
        {
            var dependencies = Attribute(Site(page => page
                .Resource("script", "https://stats.parti.fr/matomo.js")
                .Resource("img", "https://stats.parti.fr/matomo.php?idsite=1&rec=1")));

            Assert.Empty(dependencies);
        }
    }
}
