using Pavillon.Attribution.Kinds.EmailOutbound;
using Pavillon.Attribution.Kinds.Saas;
using Pavillon.Collect.Dns;
using Pavillon.KnowledgeBase;
using Pavillon.Model;
using Pavillon.Web;

namespace Pavillon.Attribution.Kinds.EmailInbound;

/// <summary>
/// Reads the DNS-only mail signals of a domain from the lookups of a scan: SPF authorisations (nested ones
/// included), DKIM selectors and the autodiscover name. Pure: no I/O. Which signals name a mailbox, and how
/// much they weigh together, is decided by <see cref="EmailAttribution"/>.
/// </summary>
public static class MailSignals
{
    /// <summary>Every signal of <paramref name="domain"/>, in the order SPF, DKIM, autodiscover, tenant.</summary>
    public static IReadOnlyList<MailSignal> Find(AttributionContext context, string domain)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(domain);
        var signals = new List<MailSignal>();
        foreach (var authorisation in SpfTree.Evaluate(context, domain).Authorisations.Where(a => !a.BeyondLimit))
        {
            var match = context.Knowledge.Spf.Match(authorisation.Target);
            if (match is null)
            {
                continue;
            }

            var bulk = match.Provider.Identify.SpfBulk.FirstOrDefault(b => WebUrl.IsHostUnder(authorisation.Target.Trim().TrimEnd('.'), b));
            var rule = $"{match.Provider.Id}: spf suffix {match.Suffix}" + (bulk is null ? string.Empty : $", bulk-sending service {bulk}")
                + (authorisation.Depth > 1 ? $"; reached through {authorisation.Chain}" : string.Empty);
            signals.Add(new MailSignal(match.Provider, MailSignalKind.Spf, authorisation.Depth == 1,
                new EvidenceItem("spf", authorisation.Parent, $"{authorisation.Mechanism}:{authorisation.Target}", rule), BulkSending: bulk is not null));
        }

        signals.AddRange(Dkim(context, domain));
        if (Autodiscover(context, domain) is { } autodiscover)
        {
            signals.Add(autodiscover);
        }

        signals.AddRange(Tenant(context, domain));
        return signals;
    }

    /// <summary>
    /// DKIM selectors: a CNAME into a provider's domain is strong (the provider serves the key); a key published
    /// at a selector name that only one provider documents is a convention, kept as a weak signal.
    /// </summary>
    public static IEnumerable<MailSignal> Dkim(AttributionContext context, string domain)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var selector in DkimSelector.Known)
        {
            var name = selector.NameFor(domain);
            var lookup = context.Lookup(name, "TXT");
            if (lookup is null)
            {
                continue;
            }

            var cname = LastCname(name, lookup.Answers);
            if (cname is not null)
            {
                var match = MatchTarget(context.Knowledge, cname);
                if (match is not null)
                {
                    yield return new MailSignal(match.Provider, MailSignalKind.Dkim, true,
                        new EvidenceItem("dkim", name, $"CNAME {cname}", $"{match.Provider.Id}: suffix {match.Suffix}"));
                    continue;
                }
            }

            var key = lookup.Answers.FirstOrDefault(a => a.Type == "TXT" && IsDkimKey(a.Data));
            if (key is not null && context.Knowledge.ById(selector.ProviderId) is { } conventional)
            {
                yield return new MailSignal(conventional, MailSignalKind.Dkim, false,
                    new EvidenceItem("dkim", name, $"TXT \"{Shorten(key.Data)}\"", $"{conventional.Id}: DKIM selector '{selector.Selector}' documented by the provider ({selector.Source})"));
            }
        }
    }

    /// <summary>The autodiscover CNAME of <paramref name="domain"/>, when it points into a provider's domain.</summary>
    public static MailSignal? Autodiscover(AttributionContext context, string domain)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = "autodiscover." + domain;
        var target = context.Lookup(name, "CNAME") is { } lookup ? LastCname(name, lookup.Answers) : null;
        var match = target is null ? null : MatchTarget(context.Knowledge, target);
        return match is null
            ? null
            : new MailSignal(match.Provider, MailSignalKind.Autodiscover, true,
                new EvidenceItem("autodiscover", name, $"CNAME {target}", $"{match.Provider.Id}: suffix {match.Suffix}"));
    }

    /// <summary>
    /// Tenant registrations of <paramref name="domain"/>: a verification TXT token of a provider at the apex (MS=ms...,
    /// zoho-verification=...), and a realm look-up that says a Microsoft Entra tenant verified the domain. Always
    /// weak: they corroborate, they do not locate mail.
    /// </summary>
    public static IEnumerable<MailSignal> Tenant(AttributionContext context, string domain)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var answer in Spf.TxtAnswers(context.Lookup(domain, "TXT")))
        {
            foreach (var rule in context.Knowledge.TxtRules.Where(r => r.Pattern.IsMatch(answer.Data)))
            {
                yield return new MailSignal(rule.Provider, MailSignalKind.Tenant, false,
                    new EvidenceItem("txt", domain, $"TXT \"{Shorten(answer.Data)}\"", $"{rule.Provider.Id}: txt ~ /{rule.Source}/ (a tenant verified the domain)"));
            }
        }

        foreach (var (provider, _, evidence) in TenantRealms.Registered(context).Where(r => string.Equals(r.Domain, domain, StringComparison.OrdinalIgnoreCase)))
        {
            yield return new MailSignal(provider, MailSignalKind.Tenant, false, evidence);
        }
    }

    /// <summary>A CNAME target is the provider's when its CNAME, MX or SPF domains cover it.</summary>
    internal static SuffixMatch? MatchTarget(ProviderKnowledge knowledge, string target) =>
        knowledge.Cname.Match(target) ?? knowledge.Mx.Match(target) ?? knowledge.Spf.Match(target);

    /// <summary>The end of the CNAME chain starting at <paramref name="name"/> inside one answer; null when there is none.</summary>
    internal static string? LastCname(string name, IReadOnlyList<Evidence.DnsAnswer> answers)
    {
        string? last = null;
        var current = name;
        for (var i = 0; i < DnsResolver.MaxCnameHops; i++)
        {
            var next = answers.FirstOrDefault(a => a.Type == "CNAME" && string.Equals(a.Name, current, StringComparison.OrdinalIgnoreCase));
            if (next is null || next.Data == name)
            {
                break;
            }

            last = next.Data;
            current = next.Data;
        }

        return last;
    }

    private static bool IsDkimKey(string text) =>
        text.Contains("p=", StringComparison.Ordinal) && (text.StartsWith("v=DKIM1", StringComparison.OrdinalIgnoreCase) || text.Contains("k=rsa", StringComparison.OrdinalIgnoreCase) || text.Contains("k=ed25519", StringComparison.OrdinalIgnoreCase));

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
