using Pavillon.Attribution.Kinds.EmailInbound;
using Pavillon.Model;

namespace Pavillon.Attribution.Kinds.Saas;

/// <summary>
/// Client set-up names that reveal a tenant beyond mail: device enrolment and registration (mobile device
/// management, directory join) and Teams/Skype discovery, as CNAME, and the SIP SRV record. Autodiscover is
/// left to e-mail: it configures mail clients.
/// </summary>
public static class TenantNames
{
    /// <summary>Labels asked as CNAME below each mail domain, with what a match reveals.</summary>
    public static IReadOnlyDictionary<string, string> CnameLabels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["enterpriseenrollment"] = "device enrolment (mobile device management)",
        ["enterpriseregistration"] = "device registration in the directory",
        ["lyncdiscover"] = "Teams / Skype for Business discovery",
        ["sip"] = "Teams / Skype for Business sign-in",
    };

    /// <summary>The tenants found for <paramref name="domain"/>: provider id, and the evidence.</summary>
    public static IEnumerable<(KnowledgeBase.Provider Provider, EvidenceItem Evidence)> Find(AttributionContext context, string domain)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (label, meaning) in CnameLabels)
        {
            var name = $"{label}.{domain}";
            var target = context.Lookup(name, "CNAME") is { } lookup ? MailSignals.LastCname(name, lookup.Answers) : null;
            if (target is not null && MailSignals.MatchTarget(context.Knowledge, target) is { } match)
            {
                yield return (match.Provider, new EvidenceItem("cname", name, $"CNAME {target}", $"{match.Provider.Id}: suffix {match.Suffix}; {meaning}"));
            }
        }

        var srvName = "_sip._tls." + domain;
        foreach (var srv in context.Lookup(srvName, "SRV")?.Answers.Where(a => a.Type == "SRV") ?? [])
        {
            var target = srv.Data.Split(' ').Last();
            if (MailSignals.MatchTarget(context.Knowledge, target) is { } match)
            {
                yield return (match.Provider, new EvidenceItem("srv", srvName, $"SRV {srv.Data}", $"{match.Provider.Id}: suffix {match.Suffix}; SIP federation of Teams / Skype for Business"));
            }
        }
    }
}
