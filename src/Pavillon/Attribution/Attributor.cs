using Pavillon.Collect;
using Pavillon.Domains;
using Pavillon.Evidence;
using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Attribution;

/// <summary>
/// The attribute stage: knowledge base + evidence -> dependencies, deterministic and without I/O, so that a
/// stored evidence bundle gives the same result every time (and a newer result with a newer knowledge base).
/// </summary>
public sealed class Attributor(ProviderKnowledge knowledge, PublicSuffixList suffixes)
{
    /// <summary>Attributes every organisation of a bundle.</summary>
    public ScanResult Attribute(EvidenceBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return new ScanResult
        {
            Tool = new ToolInfo("pavillon", ToolVersion.Current),
            KnowledgeBase = new KnowledgeBaseInfo(knowledge.Version),
            IpData = bundle.IpData,
            StartedAt = bundle.StartedAt,
            FinishedAt = bundle.FinishedAt,
            Organisations = bundle.Organisations.Select(Attribute).ToList(),
            Evidence = bundle,
        };
    }

    /// <summary>Attributes one organisation's observations.</summary>
    public OrganisationResult Attribute(OrganisationEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var errors = evidence.Errors.ToList();
        if (evidence.WebsiteHost is null)
        {
            return new OrganisationResult
            {
                Organisation = evidence.Organisation,
                Status = OrganisationStatus.Invalid,
                Errors = errors,
                Hosting = new HostingSummary(null, false, []),
                Email = new EmailSummary([], [], []),
            };
        }

        var context = new AttributionContext(evidence, knowledge, suffixes);
        var homePage = evidence.Web.LastOrDefault(w => w.FinalUrl is not null);
        var servingHost = HostingAttribution.ServingHost(evidence, context);
        var hosting = HostingAttribution.Attribute(context, servingHost, homePage);
        var email = EmailAttribution.Attribute(context);
        var (social, socialDependencies) = SocialAttribution.Attribute(context, homePage);
        var dependencies = new List<Dependency>();
        dependencies.AddRange(hosting.Layers);
        dependencies.AddRange(email.Dependencies);
        dependencies.AddRange(socialDependencies);
        foreach (var attributor in ServiceAttributors.All)
        {
            dependencies.AddRange(attributor.Attribute(context, homePage));
        }

        var (status, statusErrors) = StatusOf(evidence, context, homePage);
        errors.AddRange(statusErrors);
        return new OrganisationResult
        {
            Organisation = evidence.Organisation,
            Status = status,
            Errors = errors,
            Hosting = hosting,
            Email = email,
            Social = social,
            Dependencies = dependencies,
        };
    }

    /// <summary>
    /// unreachable: the domain does not exist or no DNS server answered; partial: something failed (the web
    /// server, a DNS query); ok: everything answered. NXDOMAIN for an MX host is an answer, not a failure.
    /// </summary>
    private static (OrganisationStatus Status, List<StageError> Errors) StatusOf(OrganisationEvidence evidence, AttributionContext context, WebFetch? homePage)
    {
        var errors = new List<StageError>();
        var zone = context.Suffixes.RegistrableDomain(evidence.WebsiteHost) ?? evidence.WebsiteHost!;
        var soa = context.Lookup(zone, "SOA");
        var website = evidence.Dns.Where(l => l.Name == evidence.WebsiteHost && l.Type is "A" or "AAAA").ToList();
        if (soa?.Status == DnsStatus.NxDomain || (website.Count > 0 && website.All(l => l.Status == DnsStatus.NxDomain) && homePage is null))
        {
            errors.Add(new StageError("dns", $"the domain {zone} does not exist (NXDOMAIN)"));
            return (OrganisationStatus.Unreachable, errors);
        }

        var answered = evidence.Dns.Any(l => l.Status is DnsStatus.NoError or DnsStatus.NxDomain);
        if (!answered && homePage is null)
        {
            errors.Add(new StageError("dns", "no DNS server answered for this organisation"));
            return (OrganisationStatus.Unreachable, errors);
        }

        var failedDns = evidence.Dns.Where(l => l.Status is DnsStatus.Timeout or DnsStatus.ServFail or DnsStatus.Refused or DnsStatus.Error).ToList();
        foreach (var failed in failedDns.Take(5))
        {
            errors.Add(new StageError("dns", $"{failed.Type} {failed.Name}: {failed.Status}{(failed.Error is null ? string.Empty : " (" + failed.Error + ")")}"));
        }

        var partial = homePage is null || failedDns.Count > 0 || evidence.Errors.Count > 0;
        return (partial ? OrganisationStatus.Partial : OrganisationStatus.Ok, errors);
    }
}
