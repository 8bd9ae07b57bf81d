using System.Text.Json;

namespace Pavillon.Accuracy.Replay;

/// <summary>
/// Sorts a disagreement into one of the documented classes (docs/accuracy.md, "Disagreements") by reading the
/// entry's own records: MX host names, SPF includes, the AS stated for the MX hosts, DKIM and autodiscover.
/// </summary>
public static class DisagreementClassifier
{
    /// <summary>SPF include domains that name each class's mail service.</summary>
    public static IReadOnlyDictionary<string, string> SpfDomains { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MailClass.Microsoft] = "spf.protection.outlook.com",
        [MailClass.Google] = "_spf.google.com",
        [MailClass.Aws] = "amazonses.com",
        [MailClass.Infomaniak] = "spf.infomaniak.ch",
    };

    // Providers that Pavillon names from an address's AS rather than from a mail host name.
    private static readonly HashSet<string> NetworkProviders = ["microsoft-azure", "amazon-web-services", "google", "google-cloud"];

    private static readonly Dictionary<string, string[]> MxSuffixes = new(StringComparer.Ordinal)
    {
        [MailClass.Microsoft] = ["mail.protection.outlook.com", "mx.microsoft"],
        [MailClass.Google] = ["google.com", "googlemail.com"],
        [MailClass.Aws] = ["amazonaws.com"],
        [MailClass.Infomaniak] = ["infomaniak.ch"],
    };

    /// <summary>The class of the disagreement between <paramref name="entry"/>'s label and <paramref name="pavillonClass"/>.</summary>
    public static Disagreement Classify(MxmapEntry entry, string pavillonClass, JsonElement organisation)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var label = entry.Label;
        var mxClasses = entry.Mx.Select(MxClass).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var statedClasses = entry.Signals.Where(s => s.Kind == "asn").Select(s => s.Provider).Distinct(StringComparer.Ordinal).ToList();

        // The label rests on a tenant or a verification token alone (checked first: such a domain's MX may also sit
        // on a hyperscaler's network, which is not what the label is about).
        if (label is MailClass.Microsoft or MailClass.Google && !mxClasses.Contains(label) && !IncludesSpf(entry.Spf, SpfDomains[label])
            && entry.Signals.Where(s => s.Provider == label).All(s => s.Kind is "tenant" or "txt_verification" or "dmarc"))
        {
            return new Disagreement(
                "tenant-or-token-only",
                "only a tenant or a domain-verification token of the label's provider (Microsoft's MS= or user-realm answer, Google's site verification): the domain is known to that provider, but no MX, SPF, DKIM or autodiscover record places its mail there",
                LabelWrong: true);
        }

        var byNetwork = ClassMapping.InboundProviders(organisation).Any(NetworkProviders.Contains);
        if (pavillonClass != MailClass.Independent && !mxClasses.Contains(pavillonClass) && (byNetwork || statedClasses.Contains(pavillonClass)))
        {
            return new Disagreement(
                "mx-on-hyperscaler-network",
                "the MX hosts carry the organisation's or a local provider's name, but the AS the data set states for them (for this domain or another one sharing the host) is the hyperscaler's: mail is received on its network, under its jurisdiction",
                LabelWrong: true);
        }

        if (mxClasses.Count > 1)
        {
            return new Disagreement(
                "two-mail-hosts",
                "MX hosts of two named providers at once; the data set does not record MX preferences, so which one receives first is unknown",
                LabelWrong: false);
        }

        var labelNamed = label != MailClass.Independent;
        var spfNamesLabel = labelNamed && IncludesSpf(entry.Spf, SpfDomains[label]);
        var pavillonNamed = pavillonClass != MailClass.Independent;
        if (labelNamed && pavillonNamed && spfNamesLabel && IncludesSpf(entry.Spf, SpfDomains[pavillonClass]))
        {
            return new Disagreement(
                "spf-names-both",
                "the SPF record authorises both providers behind a gateway or relay; Pavillon names the one a second signal family (a tenant, DKIM, autodiscover) corroborates, the label the other one: undecided from DNS",
                LabelWrong: false);
        }

        // Amazon SES is a sending service: its include authorises sending, and it receives mail only at its own inbound
        // MX hosts. When the MX is neither there nor on AWS's network, the records place the mail elsewhere.
        if (label == MailClass.Aws && spfNamesLabel && !mxClasses.Contains(label) && !statedClasses.Contains(label))
        {
            return new Disagreement(
                "sending-service-include-only",
                "only the SPF include of Amazon SES names AWS; the MX hosts are neither SES's inbound hosts nor on AWS's network (by the AS the data set states): SES sends for the domain, its mail is received elsewhere",
                LabelWrong: true);
        }

        var corroborated = entry.Signals.Any(s => s.Provider == label && s.Kind is "dkim" or "autodiscover");
        if (labelNamed && !mxClasses.Contains(label) && spfNamesLabel)
        {
            var gateway = ClassMapping.Gateways(organisation).Count > 0;
            return corroborated
                ? new Disagreement(
                    "relay-mailbox-corroborated",
                    "the MX is a gateway or a Swiss relay; SPF and also DKIM or autodiscover name the label's provider: the mailboxes are there. Pavillon misses them" + (gateway ? " (known gateway)" : " (relay not recognised as a gateway)"),
                    LabelWrong: false)
                : new Disagreement(
                    "relay-mailbox-spf-only",
                    "the MX is a gateway or a Swiss relay and only the SPF record names the label's provider: it may host the mailboxes or only send for the domain; undecided from DNS",
                    LabelWrong: false);
        }

        if (label == MailClass.Microsoft && !mxClasses.Contains(label) && corroborated)
        {
            return new Disagreement(
                "autodiscover-or-dkim-only",
                "no Microsoft MX or SPF include, but autodiscover or DKIM selectors point to Microsoft 365 while the MX is a mail service Pavillon knows (a government or regional one): Pavillon names the MX's operator, the label the mailbox service behind it",
                LabelWrong: false);
        }

        if (label == MailClass.Independent && pavillonClass == MailClass.Microsoft && !mxClasses.Contains(MailClass.Microsoft)
            && !IncludesSpf(entry.Spf, SpfDomains[MailClass.Microsoft])
            && entry.Signals.Where(s => s.Provider == MailClass.Microsoft).All(s => s.Kind is "tenant" or "txt_verification" or "dmarc")
            && entry.Signals.Any(s => s.Kind == "tenant"))
        {
            return new Disagreement(
                "tenant-only-hint",
                "no Microsoft MX, SPF include, DKIM or autodiscover: only a verified Microsoft tenant (perhaps with a verification token) names Microsoft, and Pavillon keeps it as a low-confidence mailbox hint; a tenant says the domain is known to Microsoft, not that its mail is stored there",
                LabelWrong: false);
        }

        if (label == MailClass.Independent && pavillonNamed && LocatingFamilies(entry, pavillonClass) is { Count: >= 2 } families
            && (families.Contains("autodiscover") || families.Contains("dkim")))
        {
            return new Disagreement(
                "relay-mailbox-located-label-ignores",
                "the label names the MX's operator (a local host, a gateway, the municipality itself), but two locating families name a mailbox service behind it, one of them by an identifier the service owns (an autodiscover CNAME to it, where the domain's mail clients are sent, or DKIM selectors in its domain): the mailboxes are there",
                LabelWrong: true);
        }

        if (label == MailClass.Independent && pavillonNamed && ClassMapping.Gateways(organisation).Count > 0)
        {
            return new Disagreement(
                "gateway-mailbox-by-spf",
                "behind a gateway or relay, the SPF record (with a tenant or DKIM where Pavillon gives medium confidence) names a mail host that the label ignores; undecided from DNS",
                LabelWrong: false);
        }

        if (label == MailClass.Independent && pavillonNamed && ClassMapping.Gateways(organisation).Count == 0)
        {
            return new Disagreement(
                "relay-spf-hint-label-ignores",
                "the MX is a relay Pavillon does not know as a mail host and only the SPF record names a mail service; Pavillon keeps it as a low-confidence mailbox hint, the label ignores it: undecided from DNS",
                LabelWrong: false);
        }

        return new Disagreement("other", "not sorted into a documented class", LabelWrong: false);
    }

    /// <summary>The families of records that locate <paramref name="mailClass"/>'s mailboxes for the entry: an SPF include of its policy, its DKIM selectors, an autodiscover CNAME to it.</summary>
    private static HashSet<string> LocatingFamilies(MxmapEntry entry, string mailClass)
    {
        var families = entry.Signals.Where(s => s.Provider == mailClass && s.Kind is "dkim" or "autodiscover").Select(s => s.Kind).ToHashSet(StringComparer.Ordinal);
        if (SpfDomains.TryGetValue(mailClass, out var spfDomain) && IncludesSpf(entry.Spf, spfDomain))
        {
            families.Add("spf");
        }

        return families;
    }

    private static string? MxClass(string host) =>
        MxSuffixes.FirstOrDefault(p => p.Value.Any(s => host.Equals(s, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + s, StringComparison.OrdinalIgnoreCase))).Key;

    /// <summary>The targets of the include: and redirect= terms of an SPF record, in lower case, without a final dot.</summary>
    public static IReadOnlyList<string> SpfIncludeTargets(string spf)
    {
        ArgumentNullException.ThrowIfNull(spf);
        return
        [
            .. spf.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.TrimStart('+', '-', '~', '?'))
                .Where(t => t.StartsWith("include:", StringComparison.OrdinalIgnoreCase) || t.StartsWith("redirect=", StringComparison.OrdinalIgnoreCase))
                .Select(t => t[(t.IndexOfAny([':', '=']) + 1)..].TrimEnd('.').ToLowerInvariant()),
        ];
    }

    private static bool IncludesSpf(string spf, string domain) =>
        SpfIncludeTargets(spf).Any(t => t.EndsWith(domain, StringComparison.OrdinalIgnoreCase));
}
