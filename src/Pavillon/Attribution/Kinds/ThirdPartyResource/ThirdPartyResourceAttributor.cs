using Pavillon.Evidence;
using Pavillon.Model;
using Pavillon.Web;

namespace Pavillon.Attribution.Kinds.ThirdPartyResource;

/// <summary>
/// Scripts, stylesheets, fonts, frames and embeds the home page loads from other sites, by provider: those its
/// HTML references, and with --render those the page requested in the browser before any consent (scripts
/// adding scripts included). First-party resources (same registrable domain as the page or the organisation)
/// are not dependencies; an embedded frame of a video network is a video-platform dependency.
/// </summary>
public sealed class ThirdPartyResourceAttributor : IServiceAttributor
{
    /// <summary>Most evidence items kept per dependency (10).</summary>
    public const int MaxEvidence = 10;

    /// <inheritdoc/>
    public IEnumerable<Dependency> Attribute(AttributionContext context, WebFetch? homePage)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = new Dictionary<(ServiceKind, string), Dependency>();
        if (homePage?.Page is { } page && homePage.FinalUrl is not null)
        {
            var pageHost = new Uri(homePage.FinalUrl).IdnHost;
            foreach (var resource in page.Resources)
            {
                var isFrame = resource.Element is "iframe" or "video" or "embed" or "object";
                Add(context, found, pageHost, resource.Url, isFrame, "html-resource", homePage.FinalUrl, $"{resource.Element} {resource.Url}");
            }
        }

        if (context.Evidence.Render is { FinalUrl: { } renderedUrl } render)
        {
            var pageHost = new Uri(renderedUrl).IdnHost;
            foreach (var request in render.Requests)
            {
                // A sub-document is a frame; the main document is the page itself (first party, or a redirect).
                var isFrame = request.ResourceType == "document";
                var initiator = request.InitiatorUrl is null ? request.InitiatorType : $"{request.InitiatorType} {request.InitiatorUrl}";
                var observation = initiator is null ? $"{request.ResourceType} {request.Url}" : $"{request.ResourceType} {request.Url} (initiator: {initiator})";
                Add(context, found, pageHost, request.Url, isFrame, "rendered-request", renderedUrl, observation);
            }
        }

        return found.Values;
    }

    private static void Add(AttributionContext context, Dictionary<(ServiceKind, string), Dependency> found, string pageHost, string resourceUrl, bool isFrame, string kind, string subject, string observation)
    {
        if (!Uri.TryCreate(resourceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return;
        }

        var host = url.IdnHost.ToLowerInvariant();
        if (context.IsOwnHost(host) || context.Suffixes.IsSameSite(host, pageHost))
        {
            return;
        }

        var match = context.Knowledge.ResourceHosts.Match(host) ?? context.Knowledge.SocialHosts.Match(WebUrl.CanonicalHost(host));
        var isVideo = isFrame && match is not null && match.Provider.Categories.Contains("video-platform");
        var service = isVideo ? ServiceKind.VideoPlatform : ServiceKind.ThirdPartyResource;
        var reference = match is not null ? AttributionContext.Ref(match.Provider) : AttributionContext.Unknown(context.Suffixes.RegistrableDomain(host) ?? host);
        var evidence = new EvidenceItem(kind, subject, observation, match is not null ? $"{match.Provider.Id}: resource host {match.Suffix}" : "host not in the knowledge base");
        var key = (service, reference.Id == "unknown" ? "unknown:" + reference.Name : reference.Id);
        if (found.TryGetValue(key, out var existing))
        {
            if (existing.Evidence.Count < MaxEvidence && !existing.Evidence.Any(e => e.Kind == kind && e.Observation == observation))
            {
                found[key] = existing with { Evidence = [.. existing.Evidence, evidence] };
            }

            return;
        }

        found[key] = new Dependency
        {
            Service = service,
            Provider = reference,
            Confidence = match is not null ? Confidence.High : Confidence.Low,
            Subject = host,
            Evidence = [evidence],
        };
    }
}
