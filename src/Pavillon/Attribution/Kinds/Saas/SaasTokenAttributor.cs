using Pavillon.Evidence;
using Pavillon.Model;

namespace Pavillon.Attribution.Kinds.Saas;

/// <summary>SaaS tenants given away by domain-verification TXT tokens at the apex (google-site-verification, MS=...).</summary>
public sealed class SaasTokenAttributor : IServiceAttributor
{
    /// <inheritdoc/>
    public IEnumerable<Dependency> Attribute(AttributionContext context, WebFetch? homePage)
    {
        ArgumentNullException.ThrowIfNull(context);
        var domains = context.Evidence.MailDomains.Concat(context.OwnDomains).Distinct(StringComparer.OrdinalIgnoreCase);
        var found = new Dictionary<string, Dependency>(StringComparer.Ordinal);
        foreach (var domain in domains)
        {
            foreach (var answer in Spf.TxtAnswers(context.Lookup(domain, "TXT")))
            {
                foreach (var rule in context.Knowledge.TxtRules.Where(r => r.Pattern.IsMatch(answer.Data)))
                {
                    var evidence = new EvidenceItem("txt", domain, $"TXT \"{Shorten(answer.Data)}\"", $"{rule.Provider.Id}: txt ~ /{rule.Source}/");
                    if (found.TryGetValue(rule.Provider.Id, out var existing))
                    {
                        found[rule.Provider.Id] = existing with { Evidence = [.. existing.Evidence, evidence] };
                        continue;
                    }

                    found[rule.Provider.Id] = new Dependency
                    {
                        Service = ServiceKind.Saas,
                        Provider = AttributionContext.Ref(rule.Provider),
                        Confidence = Confidence.Medium,
                        Subject = domain,
                        Evidence = [evidence],
                    };
                }
            }
        }

        return found.Values;
    }

    private static string Shorten(string value) => value.Length <= 100 ? value : value[..97] + "...";
}
