using Pavillon.Attribution.Kinds.EmailInbound;
using Pavillon.Evidence;
using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Attribution.Kinds.EmailOutbound;

/// <summary>
/// Services that send mail as the organisation, or receive reports about it:
/// <list type="bullet">
/// <item>every service the SPF policy authorises, nested includes attributed to their own provider;</item>
/// <item>a provider's host that the domain's own policy names in an a: or mx: term (a:newsletter.infomaniak.com);</item>
/// <item>services whose DKIM key the domain publishes (a selector CNAME into their domain, or a selector name they document);</item>
/// <item>DMARC report recipients (rua/ruf) outside the organisation, with layer "dmarc-reports".</item>
/// </list>
/// DMARC recipients are email-outbound rather than saas: they receive, from every mailbox provider in the world,
/// a record of each message sent as the domain (sending addresses, volumes, authentication results), so they
/// belong with the services that see the organisation's outgoing mail.
/// </summary>
public sealed class EmailOutboundAttributor : IServiceAttributor
{
    /// <summary>The layer of a DMARC report recipient.</summary>
    public const string DmarcReportsLayer = "dmarc-reports";

    /// <inheritdoc/>
    public IEnumerable<Dependency> Attribute(AttributionContext context, WebFetch? homePage)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = new Dictionary<string, Dependency>(StringComparer.Ordinal);
        foreach (var domain in context.Evidence.MailDomains)
        {
            AddSpf(context, domain, found);
            AddNamedSenderHosts(context, domain, found);
            AddDkim(context, domain, found);
            AddDmarc(context, domain, found);
        }

        return found.Values;
    }

    /// <summary>
    /// Every include and redirect of the policy. A nested target that no rule matches, below a target that one
    /// does, is part of that provider's own policy (_spf.google.com includes _netblocks.google.com) and is not
    /// listed apart; the organisation's own sub-policies (include:_spf.exemple.fr) are not dependencies either.
    /// </summary>
    private static void AddSpf(AttributionContext context, string domain, Dictionary<string, Dependency> found)
    {
        var evaluation = SpfTree.Evaluate(context, domain);
        EvidenceItem? verdict = evaluation.IsPermError
            ? new EvidenceItem("spf", domain, evaluation.Summary, "RFC 7208: " + string.Join("; ", evaluation.Problems))
            : null;
        var matches = new Dictionary<string, SuffixMatch?>(StringComparer.Ordinal);
        foreach (var authorisation in evaluation.Authorisations)
        {
            var match = context.Knowledge.Spf.Match(authorisation.Target) ?? context.Knowledge.Mx.Match(authorisation.Target);
            matches.TryAdd(authorisation.Target, match);
            var underKnownProvider = authorisation.Path.Skip(1).Any(p => matches.GetValueOrDefault(p) is not null);
            if ((match is null && underKnownProvider) || (match is null && context.IsOwnHost(authorisation.Target)))
            {
                continue;
            }

            var rule = match is not null ? $"{match.Provider.Id}: spf suffix {match.Suffix}" : "SPF target not in the knowledge base";
            if (authorisation.Depth > 1)
            {
                rule += $"; reached through {authorisation.Chain}";
            }

            if (authorisation.BeyondLimit)
            {
                rule += $"; term {authorisation.Ordinal}, past the limit of {Collect.Dns.SpfRecord.MaxDnsLookups}: receivers never evaluate it";
            }

            var evidence = new List<EvidenceItem> { new("spf", authorisation.Parent, $"{authorisation.Mechanism}:{authorisation.Target}", rule) };
            if (verdict is not null)
            {
                evidence.Add(verdict);
            }

            var confidence = match is null ? Confidence.Low : authorisation.Depth == 1 ? Confidence.High : Confidence.Medium;
            Add(found, match is not null ? AttributionContext.Ref(match.Provider) : AttributionContext.Unknown(authorisation.Target), authorisation.Target, null, domain, confidence, evidence);
        }
    }

    /// <summary>
    /// Hosts the domain's own policy names in a: and mx: terms ("a:newsletter.infomaniak.com"): their addresses may
    /// send as the domain. Such a term usually names the organisation's own or its web agency's server, so only a
    /// host under a provider's suffix is listed; the others would be noise, not evidence. Terms inside included
    /// policies belong to the provider that publishes them and are not read.
    /// </summary>
    private static void AddNamedSenderHosts(AttributionContext context, string domain, Dictionary<string, Dependency> found)
    {
        var record = Collect.Dns.SpfRecord.FromLookup(context.Lookup(domain, "TXT"), out _);
        if (record is null)
        {
            return;
        }

        foreach (var term in record.EvaluationOrder)
        {
            // Only a pass ("+", the default) authorises: "-a:host" and "~a:host" name hosts that must not send.
            if (term.IsModifier || term.Qualifier != '+' || term.Name is not ("a" or "mx") || term.Value is not { Length: > 0 } value
                || value.Contains('%', StringComparison.Ordinal))
            {
                continue;
            }

            var host = value.TrimEnd('.').ToLowerInvariant();
            if (context.IsOwnHost(host))
            {
                continue;
            }

            var match = context.Knowledge.Spf.Match(host) ?? context.Knowledge.Mx.Match(host);
            if (match is null)
            {
                continue;
            }

            var rule = $"{match.Provider.Id}: spf or mx suffix {match.Suffix}; the policy lets this {(term.Name == "a" ? "host's addresses" : "domain's mail hosts")} send as the domain";
            Add(found, AttributionContext.Ref(match.Provider), host, null, domain, Confidence.High,
                [new EvidenceItem("spf", domain, term.ToString(), rule)]);
        }
    }

    /// <summary>Senders that sign as the domain: a DKIM selector CNAME into their domain (high) or a key at a selector they document (low).</summary>
    private static void AddDkim(AttributionContext context, string domain, Dictionary<string, Dependency> found)
    {
        foreach (var signal in MailSignals.Dkim(context, domain))
        {
            Add(found, AttributionContext.Ref(signal.Provider), signal.Provider.Id, null, domain, signal.Strong ? Confidence.High : Confidence.Low, [signal.Evidence]);
        }
    }

    /// <summary>DMARC aggregate and failure report recipients outside the organisation's own domains.</summary>
    private static void AddDmarc(AttributionContext context, string domain, Dictionary<string, Dependency> found)
    {
        var name = "_dmarc." + domain;
        foreach (var address in DmarcReportAddress.FromLookup(context.Lookup(name, "TXT")))
        {
            if (context.IsOwnHost(address.Domain))
            {
                continue;
            }

            var match = context.Knowledge.Mx.Match(address.Domain) ?? context.Knowledge.Spf.Match(address.Domain) ?? context.Knowledge.Cname.Match(address.Domain);
            var registrable = context.Suffixes.RegistrableDomain(address.Domain) ?? address.Domain;
            var reference = match is not null ? AttributionContext.Ref(match.Provider) : AttributionContext.Unknown(registrable);
            var rule = match is not null
                ? $"{match.Provider.Id}: suffix {match.Suffix}; DMARC {(address.Tag == "rua" ? "aggregate" : "failure")} reports go to this provider"
                : $"DMARC {(address.Tag == "rua" ? "aggregate" : "failure")} reports go to a domain not in the knowledge base";
            Add(found, reference, registrable, DmarcReportsLayer, domain, match is null ? Confidence.Low : Confidence.High,
                [new EvidenceItem("dmarc", name, $"{address.Tag}=mailto:{address.Address}", rule)]);
        }
    }

    /// <summary>One dependency per provider (per target name for unknown ones) and layer; later evidence is appended, the best confidence kept.</summary>
    private static void Add(Dictionary<string, Dependency> found, ProviderRef provider, string unknownKey, string? layer, string domain, Confidence confidence, IReadOnlyList<EvidenceItem> evidence)
    {
        var key = (provider.Id == "unknown" ? "unknown:" + unknownKey : provider.Id) + "|" + layer;
        if (found.TryGetValue(key, out var existing))
        {
            found[key] = existing with
            {
                Confidence = (Confidence)Math.Min((int)existing.Confidence, (int)confidence),
                Subject = existing.Subject!.Split(", ").Contains(domain) ? existing.Subject : existing.Subject + ", " + domain,
                Evidence = existing.Evidence.Concat(evidence).Distinct().ToList(),
            };
            return;
        }

        found[key] = new Dependency
        {
            Service = ServiceKind.EmailOutbound,
            Provider = provider,
            Confidence = confidence,
            Subject = domain,
            Layer = layer,
            Evidence = evidence,
        };
    }
}
