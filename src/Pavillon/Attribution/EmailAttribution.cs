using System.Globalization;
using Pavillon.Attribution.Kinds.EmailInbound;
using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Attribution;

/// <summary>
/// Who receives the organisation's e-mail: the provider behind each MX host (by its name, else by its address),
/// filtering gateways as dependencies of their own, and the mailbox provider behind a gateway from SPF.
/// </summary>
public static class EmailAttribution
{
    /// <summary>Attributes the MX records of every mail domain.</summary>
    public static EmailSummary Attribute(AttributionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dependencies = new List<Dependency>();
        var mxHosts = new List<string>();
        foreach (var domain in context.Evidence.MailDomains)
        {
            var lookup = context.Lookup(domain, "MX");
            if (lookup is null)
            {
                continue;
            }

            var records = lookup.Answers
                .Where(a => a.Type == "MX" && string.Equals(a.Name, domain, StringComparison.OrdinalIgnoreCase))
                .Select(a => ParseMx(a.Data))
                .OfType<(int Preference, string Host)>()
                .OrderBy(r => r.Preference)
                .ThenBy(r => r.Host, StringComparer.Ordinal)
                .ToList();
            foreach (var (preference, host) in records)
            {
                var observation = string.Create(CultureInfo.InvariantCulture, $"{domain} MX {preference} {host}");
                if (host.Length == 0)
                {
                    // RFC 7505 null MX: the domain declares that it receives no mail.
                    continue;
                }

                mxHosts.Add(host);
                dependencies.Add(AttributeMxHost(context, domain, host, observation));
            }
        }

        AddMailboxBehindGateway(context, dependencies);
        var merged = Merge(dependencies);

        // The summary names what the evidence supports; a low-confidence mailbox hint (SPF alone) stays in the
        // dependencies with its evidence, for a reader to weigh.
        var providers = merged
            .Where(d => d.Service is ServiceKind.EmailInbound or ServiceKind.EmailGateway)
            .Where(d => d.Layer != "mailbox" || d.Confidence != Confidence.Low)
            .Select(d => d.Provider)
            .DistinctBy(p => p.Id)
            .ToList();
        return new EmailSummary(providers, mxHosts.Distinct(StringComparer.Ordinal).ToList(), merged);
    }

    private static Dependency AttributeMxHost(AttributionContext context, string domain, string host, string observation)
    {
        var mxEvidence = new EvidenceItem("mx", domain, observation);
        var addresses = context.AddressesOf(host);
        var location = context.LocationOf(addresses);

        // 1. The MX host name, or a CNAME it points to, is in a provider's mail domain.
        var byName = context.Knowledge.Mx.Match(host);
        if (byName is not null)
        {
            return Make(byName.Provider, AttributionContext.Ref(byName.Provider), Confidence.High, location, host,
                [mxEvidence with { Rule = $"{byName.Provider.Id}: mx suffix {byName.Suffix}" }]);
        }

        foreach (var cname in context.CnameChain(host))
        {
            var byCname = context.Knowledge.Mx.Match(cname.Data) ?? context.Knowledge.Cname.Match(cname.Data);
            if (byCname is not null)
            {
                return Make(byCname.Provider, AttributionContext.Ref(byCname.Provider), Confidence.High, location, host,
                    [mxEvidence, new EvidenceItem("cname", cname.Name, $"CNAME {cname.Data}", $"{byCname.Provider.Id}: suffix {byCname.Suffix}")]);
            }
        }

        // 2. Otherwise its addresses: a PTR in a provider's domain, else the AS, else the organisation itself.
        var evidence = new List<EvidenceItem> { mxEvidence };
        ProviderMatch? best = null;
        var bestByPtr = false;
        var own = false;
        foreach (var address in addresses)
        {
            var attribution = context.AttributeAddress(address);
            evidence.AddRange(attribution.OwnPtrEvidence);
            own |= attribution.PtrInOwnDomain;
            if (attribution.HostByPtr is { } byPtr && (best is null || best.Provider is null))
            {
                best = byPtr;
                bestByPtr = true;
                evidence.Add(byPtr.Evidence);
            }

            if (attribution.Network is { } network)
            {
                evidence.Add(network.Evidence);
                if (best is null || (best.Provider is null && network.Provider is not null))
                {
                    best = network;
                }
            }
        }

        if (addresses.Count == 0)
        {
            evidence.Add(new EvidenceItem("dns", host, "the MX host has no address"));
            return Make(null, AttributionContext.Unknown(host), Confidence.Low, null, host, evidence);
        }

        // A self-branded MX (mx.exemple.fr) that is a CNAME to a name outside the organisation's domains runs on
        // whoever answers for that name: the AS holder (a hyperscaler), not the organisation, whatever its PTR says.
        var leavesOwnDomains = context.IsOwnHost(host) && context.CnameChain(host).Any(c => !context.IsOwnHost(c.Data));
        if (leavesOwnDomains)
        {
            evidence.AddRange(context.CnameChain(host).Select(c => new EvidenceItem("cname", c.Name, $"CNAME {c.Data}", "the MX host's name points outside the organisation's domains")));
        }

        if (own && !leavesOwnDomains && !bestByPtr)
        {
            // The organisation's own mail server (its reverse name is the organisation's, whatever network it runs
            // on, a mail host's included): reported as self-hosted, with its network in the evidence. A provider's
            // reverse name on another address of the same MX host wins, as it names who runs it.
            return Make(null, context.Self, Confidence.Medium, location, host, evidence);
        }

        if (best is null)
        {
            return Make(null, AttributionContext.Unknown(host), Confidence.Low, location, host, evidence);
        }

        var confidence = best.Provider is null ? Confidence.Low : Confidence.Medium;
        return Make(best.Provider, best.Ref, confidence, location, host, evidence);
    }

    /// <summary>
    /// Behind a filtering gateway, the MX names only the gateway; the mailbox provider shows in DNS records the
    /// gateway does not touch: the SPF policy (the provider sends the domain's mail), DKIM selectors (it signs
    /// it) and the autodiscover name (mail clients are set up from it). Only providers with the email-hosting
    /// category count, and a gateway's own signals are ignored.
    /// <para>
    /// Confidence rule (docs/attribution.md): signals of the same family count once. <b>High</b> when two
    /// families or more agree and at least one of them is strong (an identifier owned by the provider: a CNAME
    /// into its domain, a direct SPF include); <b>medium</b> when one family points strongly; <b>low</b> when only
    /// conventions do (a DKIM key at a selector name the provider documents, an include reached through another
    /// domain's policy). When several mailbox providers are named, those backed by fewer families than the best
    /// one are lowered to low: a migration or a forgotten include is likelier than two mailbox services.
    /// </para>
    /// </summary>
    /// <para>
    /// The same search runs behind a relay: when no MX host is a mail host the knowledge base knows (an
    /// organisation's own server, a hosting network, an unknown AS, beside filtering gateways or not), the MX may
    /// only relay to a mailbox service.
    /// When the signals name one with at least medium confidence, the relays become email-gateway dependencies
    /// (layer "relay") in front of it; with low confidence only, the relays stay as they are and the hint is added.
    /// Behind a relay, SPF alone gives low confidence: it names who may send, not where mail is delivered.
    /// </para>
    private static void AddMailboxBehindGateway(AttributionContext context, List<Dependency> dependencies)
    {
        var inbound = dependencies.Where(d => d.Service == ServiceKind.EmailInbound).ToList();
        var gateways = dependencies.Any(d => d.Service == ServiceKind.EmailGateway);
        var relays = inbound.Where(d => !IsKnownMailHost(context, d)).ToList();

        // No MX host is a mail host the knowledge base knows: the other MX hosts, if any, are filtering gateways
        // (a Trend Micro gateway beside a relay on a cloud network), which hold no mailbox either.
        var behindRelays = inbound.Count > 0 && relays.Count == inbound.Count;
        var behindMailService = false;
        if (!(gateways && inbound.Count == 0) && !behindRelays)
        {
            // A known mail service (a canton's, a hosting company's) may itself only relay to a mailbox service:
            // looked behind only when the autodiscover name (where mail clients find their mailbox) and another
            // family agree on a provider that is not the MX's. DKIM alone does not do it: it shows who signs
            // outgoing mail, which a sending service does without holding mailboxes.
            if (gateways || inbound.Count == 0 || !HasMailboxBeyond(context, inbound))
            {
                return;
            }

            relays = inbound;
            behindRelays = true;
            behindMailService = true;
        }

        var candidates = new List<(Provider Provider, string Domain, List<MailSignal> Signals)>();
        foreach (var domain in context.Evidence.MailDomains)
        {
            var signals = MailSignals.Find(context, domain)
                .Where(LocatesMailboxes)
                .GroupBy(s => s.Provider.Id, StringComparer.Ordinal);
            foreach (var group in signals)
            {
                var existing = candidates.FindIndex(c => c.Provider.Id == group.Key);
                if (existing >= 0)
                {
                    candidates[existing].Signals.AddRange(group);
                }
                else
                {
                    candidates.Add((group.First().Provider, domain, group.ToList()));
                }
            }
        }

        if (behindRelays)
        {
            // A relay's own provider is not a mailbox behind itself.
            candidates.RemoveAll(c => relays.Any(r => r.Provider.Id == c.Provider.Id));
        }

        // A tenant registration alone does not even hint at a mailbox: many organisations have a Microsoft 365
        // tenant for Teams or Office and keep their mail elsewhere. It is listed as a SaaS dependency instead.
        candidates.RemoveAll(c => c.Signals.All(s => s.Kind == MailSignalKind.Tenant));

        var best = candidates.Count == 0 ? 0 : candidates.Max(c => Families(c.Signals));
        var mailboxes = new List<Dependency>();
        foreach (var (provider, domain, signals) in candidates)
        {
            var families = Families(signals);
            var locatingFamilies = signals.Where(s => s.Kind != MailSignalKind.Tenant).Select(s => s.Kind).Distinct().Count();
            var strongFamilies = signals.Where(s => s.Strong).Select(s => s.Kind).Distinct().Count();
            var tenant = signals.Any(s => s.Kind == MailSignalKind.Tenant);
            var confidence = locatingFamilies >= 2 && strongFamilies >= 1 ? Confidence.High
                : strongFamilies == 1 ? Confidence.Medium
                : Confidence.Low;
            if (families < best)
            {
                confidence = Confidence.Low;
            }

            // Behind a relay, SPF alone says who may send, not where mail is delivered: an organisation's own
            // server often sends through a provider while keeping its mailboxes. It stays a hint, unless a tenant
            // of the same provider verified the domain: sending through a mail service from a domain its tenant
            // owns is what that service's mailboxes do, so the two facts together give medium confidence.
            if (behindRelays && signals.Where(s => s.Kind != MailSignalKind.Tenant).All(s => s.Kind == MailSignalKind.Spf))
            {
                confidence = tenant && strongFamilies >= 1 && families >= best ? Confidence.Medium : Confidence.Low;
            }

            if (behindMailService && confidence == Confidence.High)
            {
                // The MX is a mail service in its own right; the mailbox behind it is a well-supported reading,
                // not a certainty (a migration in progress looks the same).
                confidence = Confidence.Medium;
            }

            var kinds = string.Join(", ", signals.Select(s => s.Kind.ToString().ToLowerInvariant()).Distinct());
            var evidence = signals.Select(s => s.Evidence).Distinct().ToList();
            evidence.Add(new EvidenceItem(
                "inference",
                domain,
                string.Create(CultureInfo.InvariantCulture, $"{families} independent signal famil{(families == 1 ? "y" : "ies")} ({kinds}) name {provider.Id} behind the {(behindMailService ? "mail service of the MX" : behindRelays ? "relaying MX" : "filtering gateway")}, {strongFamilies} by an identifier the provider owns"),
                "mailbox behind a gateway or relay: high when two locating families or more agree with one strong, medium for one strong family or SPF with a tenant registration, low for SPF alone behind a relay, conventions only, or when another provider has more families"));
            mailboxes.Add(new Dependency
            {
                Service = ServiceKind.EmailInbound,
                Provider = AttributionContext.Ref(provider),
                Confidence = confidence,
                Subject = domain,
                Layer = "mailbox",
                Evidence = evidence,
            });
        }

        dependencies.AddRange(mailboxes);
        if (behindRelays && mailboxes.Any(m => m.Confidence != Confidence.Low))
        {
            var mailbox = mailboxes.First(m => m.Confidence != Confidence.Low).Provider;
            foreach (var relay in relays)
            {
                dependencies[dependencies.IndexOf(relay)] = relay with
                {
                    Service = ServiceKind.EmailGateway,
                    Layer = "relay",
                    Evidence = [.. relay.Evidence, new EvidenceItem("inference", relay.Subject ?? string.Empty, behindMailService
                        ? $"the MX host's mail service is not where the domain's client set-up names point: they name {mailbox.Id} as its mailbox provider"
                        : $"the MX host is not a known mail host and the domain's records name {mailbox.Id} as its mailbox provider", "an MX in front of a mailbox service relays to it")],
                };
            }
        }
    }

    /// <summary>
    /// True when a mail-hosting provider other than the MX hosts' own is named by the autodiscover CNAME and by at
    /// least one more family, for some mail domain.
    /// </summary>
    private static bool HasMailboxBeyond(AttributionContext context, List<Dependency> inbound)
    {
        foreach (var domain in context.Evidence.MailDomains)
        {
            var named = MailSignals.Find(context, domain)
                .Where(s => LocatesMailboxes(s) && inbound.All(d => d.Provider.Id != s.Provider.Id))
                .GroupBy(s => s.Provider.Id, StringComparer.Ordinal);
            if (named.Any(g => g.Any(s => s.Strong && s.Kind == MailSignalKind.Autodiscover) && Families(g) >= 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the signal can point to a mailbox: its provider hosts mail (category email-hosting), and it is not
    /// the SPF include of a sending service (category email-sending, such as Amazon SES, which also receives mail
    /// for applications): sending for others is that service's whole trade, so its include says nothing of mailboxes.
    /// The same holds for a mail host's own newsletter service (Infomaniak's newsletter.infomaniak.com).
    /// </summary>
    private static bool LocatesMailboxes(MailSignal signal) =>
        signal.Provider.Categories.Contains("email-hosting")
        && !(signal.Kind == MailSignalKind.Spf && (signal.Provider.Categories.Contains("email-sending") || signal.BulkSending));

    /// <summary>True when an inbound dependency's provider is a mail host the knowledge base knows (category email-hosting).</summary>
    private static bool IsKnownMailHost(AttributionContext context, Dependency dependency) =>
        context.Knowledge.ById(dependency.Provider.Id) is { } provider && provider.Categories.Contains("email-hosting");

    private static int Families(IEnumerable<MailSignal> signals) => signals.Select(s => s.Kind).Distinct().Count();

    private static Dependency Make(Provider? provider, ProviderRef reference, Confidence confidence, string? location, string host, List<EvidenceItem> evidence) => new()
    {
        Service = provider is not null && provider.Categories.Contains("email-gateway") && !provider.Categories.Contains("email-hosting")
            ? ServiceKind.EmailGateway
            : ServiceKind.EmailInbound,
        Provider = reference,
        Confidence = confidence,
        Location = location,
        Subject = host,
        Evidence = evidence,
    };

    /// <summary>One dependency per service and provider: several MX hosts of one provider merge their evidence.</summary>
    private static List<Dependency> Merge(List<Dependency> dependencies) =>
        dependencies
            .GroupBy(d => (d.Service, d.Provider.Id, Name: d.Provider.Id is "unknown" ? d.Subject : null))
            .Select(g => g.First() with
            {
                Subject = string.Join(", ", g.Select(d => d.Subject).Distinct(StringComparer.Ordinal)),
                Confidence = g.Min(d => d.Confidence),
                Location = g.Select(d => d.Location).Distinct(StringComparer.Ordinal).Count() == 1 ? g.First().Location : null,
                Evidence = g.SelectMany(d => d.Evidence).Distinct().ToList(),
            })
            .ToList();

    private static (int, string)? ParseMx(string data)
    {
        var parts = data.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var preference))
        {
            return null;
        }

        return (preference, parts[1].TrimEnd('.').ToLowerInvariant());
    }
}
