using Pavillon.Evidence;
using Pavillon.Model;

namespace Pavillon.Attribution.Kinds.EmailOutbound;

/// <summary>Services allowed to send mail for the organisation's domains: SPF include and redirect targets.</summary>
public sealed class EmailOutboundAttributor : IServiceAttributor
{
    /// <inheritdoc/>
    public IEnumerable<Dependency> Attribute(AttributionContext context, WebFetch? homePage)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var domain in context.Evidence.MailDomains)
        {
            foreach (var (mechanism, target) in Spf.Mechanisms(context, domain))
            {
                var match = context.Knowledge.Spf.Match(target) ?? context.Knowledge.Mx.Match(target);
                var reference = match is not null ? AttributionContext.Ref(match.Provider) : AttributionContext.Unknown(target);
                if (!seen.Add(reference.Id == "unknown" ? target : reference.Id))
                {
                    continue;
                }

                yield return new Dependency
                {
                    Service = ServiceKind.EmailOutbound,
                    Provider = reference,
                    Confidence = match is not null ? Confidence.High : Confidence.Low,
                    Subject = domain,
                    Evidence = [new EvidenceItem("spf", domain, $"{mechanism}:{target}", match is not null ? $"{match.Provider.Id}: spf suffix {match.Suffix}" : "SPF target not in the knowledge base")],
                };
            }
        }
    }
}
