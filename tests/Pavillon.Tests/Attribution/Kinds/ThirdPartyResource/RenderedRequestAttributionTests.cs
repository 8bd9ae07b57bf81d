using Pavillon.Attribution;
using Pavillon.Attribution.Kinds.ThirdPartyResource;
using Pavillon.Domains;
using Pavillon.Evidence;
using Pavillon.Model;

namespace Pavillon.Tests.Attribution.Kinds.ThirdPartyResource;

/// <summary>The requests a page made in the headless browser (--render) feed the third-party attribution too.</summary>
public sealed class RenderedRequestAttributionTests
{
    private static List<Dependency> Attribute(RenderFetch? render)
    {
        var world = EvidenceBuilder.For("www.parti.fr").Knowing(TestProviders.GoogleAnalytics, TestProviders.YouTube).Page("https://www.parti.fr/");
        var evidence = world.Build() with { Render = render };
        var context = new AttributionContext(evidence, world.Knowledge(), PublicSuffixList.Default);
        return new ThirdPartyResourceAttributor().Attribute(context, evidence.Web.LastOrDefault()).ToList();
    }

    [Fact]
    public void Should_attribute_a_script_added_at_run_time_with_rendered_request_evidence()
    {
        var render = new RenderFetch("https://www.parti.fr/")
        {
            FinalUrl = "https://www.parti.fr/",
            Requests =
            [
                new RenderedRequest("https://www.parti.fr/", "document") { InitiatorType = "other" },
                new RenderedRequest("https://www.parti.fr/app.js", "script") { InitiatorType = "parser", InitiatorUrl = "https://www.parti.fr/" },
                new RenderedRequest("https://www.google-analytics.com/analytics.js", "script") { InitiatorType = "script", InitiatorUrl = "https://www.parti.fr/app.js" },
                new RenderedRequest("data:image/png;base64,AAAA", "image"),
            ],
        };

        var dependency = Assert.Single(Attribute(render));

        Assert.Equal(ServiceKind.ThirdPartyResource, dependency.Service);
        Assert.Equal("google-analytics", dependency.Provider.Id);
        var evidence = Assert.Single(dependency.Evidence);
        Assert.Equal("rendered-request", evidence.Kind);
        Assert.Equal("https://www.parti.fr/", evidence.Subject);
        Assert.Equal("script https://www.google-analytics.com/analytics.js (initiator: script https://www.parti.fr/app.js)", evidence.Observation);
    }

    [Fact]
    public void Should_treat_a_rendered_sub_document_of_a_video_network_as_a_video_platform()
    {
        var render = new RenderFetch("https://www.parti.fr/")
        {
            FinalUrl = "https://www.parti.fr/",
            Requests = [new RenderedRequest("https://www.youtube.com/embed/abc", "document") { InitiatorType = "parser" }],
        };

        var dependency = Assert.Single(Attribute(render));

        Assert.Equal(ServiceKind.VideoPlatform, dependency.Service);
    }

    [Fact]
    public void Should_ignore_a_render_that_did_not_load_the_page()
    {
        var render = new RenderFetch("https://www.parti.fr/")
        {
            Error = "the browser could not load https://www.parti.fr/",
            Requests = [new RenderedRequest("https://www.google-analytics.com/analytics.js", "script")],
        };

        Assert.Empty(Attribute(render));
        Assert.Empty(Attribute(null));
    }
}
