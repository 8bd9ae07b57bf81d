using Pavillon.Evidence;
using Pavillon.Model;

namespace Pavillon.Attribution.Kinds.Saas;

/// <summary>
/// SaaS tenants given away by DNS: domain-verification TXT tokens at the apex (google-site-verification,
/// MS=..., medium confidence: a token proves the domain was verified once, and stays after the service is
/// dropped) and client set-up names that point into a provider's domain (<see cref="TenantNames"/>, high
/// confidence: the name only works while the tenant is in use), and Microsoft's realm service's answer that a
/// tenant verified a mail domain (medium, like a token). One dependency per provider.
/// </summary>
public sealed class SaasTokenAttributor : IServiceAttributor
{
    /// <inheritdoc/>
    public IEnumerable<Dependency> Attribute(AttributionContext context, WebFetch? homePage)
    {
        ArgumentNullException.ThrowIfNull(context);
        var domains = context.Evidence.MailDomains.Concat(context.OwnDomains).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var found = new Dictionary<string, Dependency>(StringComparer.Ordinal);
        foreach (var domain in domains)
        {
            foreach (var answer in Spf.TxtAnswers(context.Lookup(domain, "TXT")))
            {
                foreach (var rule in context.Knowledge.TxtRules.Where(r => r.Pattern.IsMatch(answer.Data)))
                {
                    var evidence = new EvidenceItem("txt", domain, $"TXT \"{Shorten(answer.Data)}\"", $"{rule.Provider.Id}: txt ~ /{rule.Source}/");
                    Add(found, rule.Provider, domain, Confidence.Medium, evidence);
                }
            }
        }

        // Microsoft's realm service saying a tenant verified the domain is the same fact as an MS= token, read live.
        foreach (var (provider, domain, evidence) in TenantRealms.Registered(context))
        {
            Add(found, provider, domain, Confidence.Medium, evidence);
        }

        foreach (var domain in context.Evidence.MailDomains)
        {
            foreach (var (provider, evidence) in TenantNames.Find(context, domain))
            {
                Add(found, provider, domain, Confidence.High, evidence);
            }
        }

        return found.Values;
    }

    private static void Add(Dictionary<string, Dependency> found, KnowledgeBase.Provider provider, string domain, Confidence confidence, EvidenceItem evidence)
    {
        if (found.TryGetValue(provider.Id, out var existing))
        {
            found[provider.Id] = existing with
            {
                Confidence = (Confidence)Math.Min((int)existing.Confidence, (int)confidence),
                Evidence = existing.Evidence.Contains(evidence) ? existing.Evidence : [.. existing.Evidence, evidence],
            };
            return;
        }

        found[provider.Id] = new Dependency
        {
            Service = ServiceKind.Saas,
            Provider = AttributionContext.Ref(provider),
            Confidence = confidence,
            Subject = domain,
            Evidence = [evidence],
        };
    }

    private static string Shorten(string value) => value.Length <= 100 ? value : value[..97] + "...";
}
