using Pavillon.Model;

namespace Pavillon.Reporting;

/// <summary>The words reports put around the data, in one language. French typography puts a space before a colon.</summary>
internal sealed class ReportText
{
    public static ReportText French { get; } = new()
    {
        Title = "Rapport Pavillon",
        ScanLine = "Analyse du {0} au {1} ; base de connaissances {2} ; données IP {3}.",
        NoIpData = "aucune",
        Organisation = "Organisation",
        Group = "Groupe",
        NoGroup = "Sans groupe",
        Status = "État",
        Hosting = "Hébergement",
        Email = "E-mails",
        Social = "Réseaux sociaux",
        Details = "Détails",
        Colon = " : ",
        SelfHosted = "auto-hébergé",
        Unknown = "inconnu",
        None = "aucun",
        NoMx = "aucun (pas de MX)",
        NotInKnowledgeBase = "hors base",
        ServersIn = "serveurs en",
        UnknownCountry = "pays inconnu",
        MailboxHint = "boîtes peut-être chez",
        WeakHint = "indice faible",
        Jurisdiction = "juridiction",
        Location = "serveurs",
        ConfidenceLabel = "confiance",
        Rule = "règle",
        Problems = "Problèmes",
        NoDependency = "aucune dépendance identifiée",
        Statuses = new Dictionary<OrganisationStatus, string>
        {
            [OrganisationStatus.Ok] = "ok",
            [OrganisationStatus.Partial] = "partiel",
            [OrganisationStatus.Unreachable] = "injoignable",
            [OrganisationStatus.Invalid] = "invalide",
        },
        StatusSentences = new Dictionary<OrganisationStatus, string>
        {
            [OrganisationStatus.Ok] = "analyse complète",
            [OrganisationStatus.Partial] = "analyse partielle",
            [OrganisationStatus.Unreachable] = "injoignable",
            [OrganisationStatus.Invalid] = "adresse invalide",
        },
        Confidences = new Dictionary<Confidence, string>
        {
            [Confidence.High] = "haute",
            [Confidence.Medium] = "moyenne",
            [Confidence.Low] = "faible",
        },
        Layers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["edge"] = "périphérie",
            ["platform"] = "plateforme",
            ["host"] = "hébergeur",
            ["network"] = "réseau",
            ["mailbox"] = "boîtes aux lettres",
            ["relay"] = "relais",
            ["dmarc-reports"] = "rapports DMARC",
        },
        Services = new Dictionary<ServiceKind, string>
        {
            [ServiceKind.WebHosting] = "Hébergement web",
            [ServiceKind.WebPlatform] = "Plateforme web",
            [ServiceKind.Cdn] = "CDN",
            [ServiceKind.Dns] = "DNS",
            [ServiceKind.Registrar] = "Bureau d'enregistrement",
            [ServiceKind.CertificateAuthority] = "Autorité de certification",
            [ServiceKind.EmailInbound] = "Réception des e-mails",
            [ServiceKind.EmailGateway] = "Filtrage des e-mails",
            [ServiceKind.EmailOutbound] = "Envoi des e-mails",
            [ServiceKind.Saas] = "Service en ligne",
            [ServiceKind.SocialNetwork] = "Réseau social",
            [ServiceKind.ThirdPartyResource] = "Ressource tierce",
            [ServiceKind.VideoPlatform] = "Plateforme vidéo",
        },
    };

    public static ReportText English { get; } = new()
    {
        Title = "Pavillon report",
        ScanLine = "Scan from {0} to {1}; knowledge base {2}; IP data {3}.",
        NoIpData = "none",
        Organisation = "Organisation",
        Group = "Group",
        NoGroup = "No group",
        Status = "Status",
        Hosting = "Web hosting",
        Email = "E-mail",
        Social = "Social networks",
        Details = "Details",
        Colon = ": ",
        SelfHosted = "self-hosted",
        Unknown = "unknown",
        None = "none",
        NoMx = "none (no MX)",
        NotInKnowledgeBase = "not in knowledge base",
        ServersIn = "servers in",
        UnknownCountry = "country unknown",
        MailboxHint = "mailboxes perhaps at",
        WeakHint = "weak hint",
        Jurisdiction = "jurisdiction",
        Location = "servers",
        ConfidenceLabel = "confidence",
        Rule = "rule",
        Problems = "Problems",
        NoDependency = "no dependency identified",
        Statuses = new Dictionary<OrganisationStatus, string>
        {
            [OrganisationStatus.Ok] = "ok",
            [OrganisationStatus.Partial] = "partial",
            [OrganisationStatus.Unreachable] = "unreachable",
            [OrganisationStatus.Invalid] = "invalid",
        },
        StatusSentences = new Dictionary<OrganisationStatus, string>
        {
            [OrganisationStatus.Ok] = "complete audit",
            [OrganisationStatus.Partial] = "partial audit",
            [OrganisationStatus.Unreachable] = "unreachable",
            [OrganisationStatus.Invalid] = "invalid address",
        },
        Confidences = new Dictionary<Confidence, string>
        {
            [Confidence.High] = "high",
            [Confidence.Medium] = "medium",
            [Confidence.Low] = "low",
        },
        Layers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["edge"] = "edge",
            ["platform"] = "platform",
            ["host"] = "host",
            ["network"] = "network",
            ["mailbox"] = "mailboxes",
            ["relay"] = "relay",
            ["dmarc-reports"] = "DMARC reports",
        },
        Services = new Dictionary<ServiceKind, string>
        {
            [ServiceKind.WebHosting] = "Web hosting",
            [ServiceKind.WebPlatform] = "Web platform",
            [ServiceKind.Cdn] = "CDN",
            [ServiceKind.Dns] = "DNS",
            [ServiceKind.Registrar] = "Registrar",
            [ServiceKind.CertificateAuthority] = "Certificate authority",
            [ServiceKind.EmailInbound] = "Inbound e-mail",
            [ServiceKind.EmailGateway] = "E-mail filtering",
            [ServiceKind.EmailOutbound] = "Outbound e-mail",
            [ServiceKind.Saas] = "Online service",
            [ServiceKind.SocialNetwork] = "Social network",
            [ServiceKind.ThirdPartyResource] = "Third-party resource",
            [ServiceKind.VideoPlatform] = "Video platform",
        },
    };

    public required string Title { get; init; }

    /// <summary>Composite format: start, end, knowledge-base version, IP data date.</summary>
    public required string ScanLine { get; init; }

    public required string NoIpData { get; init; }

    public required string Organisation { get; init; }

    public required string Group { get; init; }

    public required string NoGroup { get; init; }

    public required string Status { get; init; }

    public required string Hosting { get; init; }

    public required string Email { get; init; }

    public required string Social { get; init; }

    public required string Details { get; init; }

    /// <summary>The label separator: " : " in French, ": " in English.</summary>
    public required string Colon { get; init; }

    public required string SelfHosted { get; init; }

    public required string Unknown { get; init; }

    public required string None { get; init; }

    public required string NoMx { get; init; }

    public required string NotInKnowledgeBase { get; init; }

    public required string ServersIn { get; init; }

    public required string UnknownCountry { get; init; }

    /// <summary>Put before a mailbox provider that only a low-confidence hint names ("boîtes peut-être chez Infomaniak").</summary>
    public required string MailboxHint { get; init; }

    /// <summary>The qualifier of such a provider.</summary>
    public required string WeakHint { get; init; }

    public required string Jurisdiction { get; init; }

    public required string Location { get; init; }

    public required string ConfidenceLabel { get; init; }

    public required string Rule { get; init; }

    public required string Problems { get; init; }

    public required string NoDependency { get; init; }

    public required IReadOnlyDictionary<OrganisationStatus, string> Statuses { get; init; }

    public required IReadOnlyDictionary<OrganisationStatus, string> StatusSentences { get; init; }

    public required IReadOnlyDictionary<Confidence, string> Confidences { get; init; }

    public required IReadOnlyDictionary<ServiceKind, string> Services { get; init; }

    /// <summary>Names of dependency layers (edge, platform, host, network, mailbox, relay...) in the report's language.</summary>
    public required IReadOnlyDictionary<string, string> Layers { get; init; }

    /// <summary>The name of <paramref name="layer"/> in the report's language; an unlisted layer keeps its own name.</summary>
    public string Layer(string layer) => Layers.TryGetValue(layer, out var name) ? name : layer;

    public static ReportText For(ReportLanguage language) => language == ReportLanguage.En ? English : French;
}
