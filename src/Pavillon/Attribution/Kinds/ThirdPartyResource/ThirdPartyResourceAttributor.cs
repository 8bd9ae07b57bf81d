using Pavillon.Evidence;
using Pavillon.Model;
using Pavillon.Web;

namespace Pavillon.Attribution.Kinds.ThirdPartyResource;

/// <summary>
/// Scripts, stylesheets, fonts, frames and embeds the home page loads from other sites, by provider.
/// First-party resources (same registrable domain as the page or the organisation) are not dependencies;
/// an embedded frame of a video network is a video-platform dependency.
/// </summary>
public sealed class ThirdPartyResourceAttributor : IServiceAttributor
{
    /// <inheritdoc/>
    public IEnumerable<Dependency> Attribute(AttributionContext context, WebFetch? homePage)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (homePage?.Page is not { } page || homePage.FinalUrl is null)
        {
            yield break;
        }

        var pageHost = new Uri(homePage.FinalUrl).IdnHost;
        var found = new Dictionary<(ServiceKind, string), Dependency>();
        foreach (var resource in page.Resources)
        {
            if (!Uri.TryCreate(resource.Url, UriKind.Absolute, out var url))
            {
                continue;
            }

            var host = url.IdnHost.ToLowerInvariant();
            if (context.IsOwnHost(host) || context.Suffixes.IsSameSite(host, pageHost))
            {
                continue;
            }

            var match = context.Knowledge.ResourceHosts.Match(host) ?? context.Knowledge.SocialHosts.Match(WebUrl.CanonicalHost(host));
            var isVideo = resource.Element is "iframe" or "video" or "embed" or "object" && match is not null && match.Provider.Categories.Contains("video-platform");
            var service = isVideo ? ServiceKind.VideoPlatform : ServiceKind.ThirdPartyResource;
            var reference = match is not null ? AttributionContext.Ref(match.Provider) : AttributionContext.Unknown(context.Suffixes.RegistrableDomain(host) ?? host);
            var evidence = new EvidenceItem("html-resource", homePage.FinalUrl, $"{resource.Element} {resource.Url}", match is not null ? $"{match.Provider.Id}: resource host {match.Suffix}" : "host not in the knowledge base");
            var key = (service, reference.Id == "unknown" ? "unknown:" + reference.Name : reference.Id);
            if (found.TryGetValue(key, out var existing))
            {
                if (existing.Evidence.Count < 10)
                {
                    found[key] = existing with { Evidence = [.. existing.Evidence, evidence] };
                }

                continue;
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

        foreach (var dependency in found.Values)
        {
            yield return dependency;
        }
    }
}
