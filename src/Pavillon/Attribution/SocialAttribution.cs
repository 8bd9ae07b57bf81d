using Pavillon.Evidence;
using Pavillon.Model;
using Pavillon.Web;

namespace Pavillon.Attribution;

/// <summary>
/// The social networks the home page promotes: profile links (never share buttons) to a known network, and
/// Fediverse profiles confirmed by NodeInfo, whose jurisdiction is that of the instance's operator and host.
/// </summary>
public static class SocialAttribution
{
    /// <summary>Attributes the profile links of the final page.</summary>
    public static (IReadOnlyList<SocialAccount> Accounts, IReadOnlyList<Dependency> Dependencies) Attribute(AttributionContext context, WebFetch? fetch)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accounts = new List<SocialAccount>();
        var dependencies = new List<Dependency>();
        if (fetch?.Page is not { } page)
        {
            return (accounts, dependencies);
        }

        foreach (var link in page.Links)
        {
            if (!Uri.TryCreate(link.Url, UriKind.Absolute, out var parsed) || ShareLinkDetector.IsShareLink(parsed, link))
            {
                continue;
            }

            // The account as people would link it: a follow button names its profile, and tracking
            // parameters or mobile hosts do not make another account.
            var url = SocialProfileUrl.FromFollowIntent(parsed) ?? SocialProfileUrl.Normalise(parsed);

            var host = WebUrl.CanonicalHost(url);
            if (context.IsOwnHost(host))
            {
                continue;
            }

            var linkEvidence = new EvidenceItem("html-link", fetch.FinalUrl ?? url.AbsoluteUri, $"<a href=\"{link.Url}\"> in {link.Region}{(link.Text is { Length: > 0 } t ? $" \"{t}\"" : string.Empty)}");
            var known = context.Knowledge.SocialHosts.Match(host);
            if (known is not null)
            {
                var reference = AttributionContext.Ref(known.Provider);
                var isInstance = known.Provider.Identify.Fediverse.Count > 0 || known.Provider.Categories.Contains("fediverse-instance");

                // One account per network; on the Fediverse one per instance, since an account on another
                // instance of the same software (reported under the same network id) is a different account.
                if (accounts.Any(a => isInstance ? string.Equals(a.Instance, host, StringComparison.OrdinalIgnoreCase) : a.Network.Id == reference.Id))
                {
                    continue;
                }

                var evidence = new List<EvidenceItem> { linkEvidence with { Rule = $"{known.Provider.Id}: social host {known.Suffix}" } };
                string? instance = null, software = null;
                if (isInstance)
                {
                    // A known instance (mastodon.social, framapiaf.org...): its operator is in the knowledge base;
                    // NodeInfo, when it answered, confirms the software. The collect stage probes the host
                    // without "www.", so the instance is named the same way.
                    instance = host;
                    var nodeInfo = context.Evidence.NodeInfo.FirstOrDefault(n => string.Equals(n.Host, instance, StringComparison.OrdinalIgnoreCase));
                    software = nodeInfo?.Software;
                    if (software is not null)
                    {
                        evidence.Add(new EvidenceItem("nodeinfo", instance, $"{nodeInfo!.DocumentUrl}: software {software} {nodeInfo.Version}".TrimEnd()));
                    }
                }

                accounts.Add(new SocialAccount(reference, url.AbsoluteUri) { Evidence = evidence, Instance = instance, Software = software });
                dependencies.Add(new Dependency
                {
                    Service = ServiceKind.SocialNetwork,
                    Provider = reference,
                    Confidence = Confidence.High,
                    Subject = url.AbsoluteUri,
                    Evidence = evidence,
                });
                continue;
            }

            if (FediverseProfile.TryParse(url, out var profile))
            {
                var account = Fediverse(context, profile.Host, url, linkEvidence);
                if (account is not null && !accounts.Any(a => a.Instance == account.Value.Account.Instance))
                {
                    accounts.Add(account.Value.Account);
                    dependencies.Add(account.Value.Dependency);
                }
            }
        }

        return (accounts, dependencies);
    }

    private static (SocialAccount Account, Dependency Dependency)? Fediverse(AttributionContext context, string instance, Uri url, EvidenceItem linkEvidence)
    {
        var nodeInfo = context.Evidence.NodeInfo.FirstOrDefault(n => string.Equals(n.Host, instance, StringComparison.OrdinalIgnoreCase));
        if (nodeInfo?.Software is not { } software)
        {
            // An unconfirmed profile shape is not evidence of a Fediverse account.
            return null;
        }

        var network = context.Knowledge.ByFediverseSoftware(software);
        var evidence = new List<EvidenceItem>
        {
            linkEvidence,
            new("nodeinfo", instance, $"{nodeInfo.DocumentUrl}: software {software} {nodeInfo.Version}".TrimEnd(), network is null ? null : $"{network.Id}: fediverse software {software}"),
        };

        // The account's jurisdiction is its instance's: a known operator, else whoever hosts the instance.
        var hosting = HostingAttribution.Attribute(context, instance, null);
        var operatorRef = hosting.Provider;
        evidence.AddRange(hosting.Layers.SelectMany(l => l.Evidence));
        var networkName = network?.Name ?? software;
        var reference = new ProviderRef
        {
            Id = network?.Id ?? "fediverse:" + software,
            Name = $"{networkName} ({instance})",
            Country = operatorRef?.Country,
            Jurisdiction = operatorRef?.Jurisdiction,
            Parents = (operatorRef?.Jurisdiction ?? operatorRef?.Country) is { } operatorCountry ? [new ParentRef(operatorRef!.Id, operatorRef.Name, operatorCountry)] : [],
            InKnowledgeBase = network is not null,
        };
        var location = hosting.Layers.Select(l => l.Location).FirstOrDefault(l => l is not null);
        var account = new SocialAccount(reference, url.AbsoluteUri) { Software = software, Instance = instance, Evidence = evidence };
        var dependency = new Dependency
        {
            Service = ServiceKind.SocialNetwork,
            Provider = reference,
            Location = location,
            Confidence = operatorRef?.InKnowledgeBase == true ? Confidence.High : Confidence.Medium,
            Subject = url.AbsoluteUri,
            Evidence = evidence,
        };
        return (account, dependency);
    }
}
