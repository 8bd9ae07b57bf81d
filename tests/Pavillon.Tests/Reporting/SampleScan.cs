using Pavillon.Evidence;
using Pavillon.Model;

namespace Pavillon.Tests.Reporting;

/// <summary>
/// One literal scan with the cases every format must show: a town hall on OVHcloud with Microsoft 365 mail
/// and Facebook plus Mastodon links; an unreachable party; a self-hosted union whose mail goes to a network
/// outside the knowledge base; a party on AWS Paris (US law, French servers) whose website timed out.
/// Documentation ranges (RFC 5737, RFC 3849) and reserved names keep the data clearly fictional.
/// </summary>
internal static class SampleScan
{
    public static ProviderRef Ovh { get; } = new()
    {
        Id = "ovhcloud",
        Name = "OVHcloud",
        Country = "FR",
        Jurisdiction = "FR",
        Parents = [new ParentRef("ovh-groupe", "OVH Groupe SA", "FR")],
    };

    public static ProviderRef Microsoft { get; } = new()
    {
        Id = "microsoft-365",
        Name = "Microsoft 365",
        Country = "IE",
        Jurisdiction = "US",
        Parents = [new ParentRef("microsoft", "Microsoft Corporation", "US")],
    };

    public static ProviderRef Meta { get; } = new()
    {
        Id = "facebook",
        Name = "Facebook",
        Country = "IE",
        Jurisdiction = "US",
        Parents = [new ParentRef("meta", "Meta Platforms, Inc.", "US")],
    };

    public static ProviderRef Mastodon { get; } = new()
    {
        Id = "fediverse:social.exemple.fr",
        Name = "Mastodon",
        Country = "FR",
        Jurisdiction = "FR",
    };

    public static ProviderRef Aws { get; } = new()
    {
        Id = "aws",
        Name = "Amazon Web Services",
        Country = "LU",
        Jurisdiction = "US",
        Parents = [new ParentRef(null, "Amazon Web Services EMEA SARL", "LU"), new ParentRef("amazon", "Amazon.com, Inc.", "US")],
    };

    public static ProviderRef Google { get; } = new()
    {
        Id = "google-workspace",
        Name = "Google Workspace",
        Country = "IE",
        Jurisdiction = "US",
        Parents = [new ParentRef("alphabet", "Alphabet Inc.", "US")],
    };

    public static ProviderRef Union { get; } = new()
    {
        Id = "self",
        Name = "Union \"Solidaires\" du Rail",
        Country = "FR",
        Jurisdiction = "FR",
    };

    public static ProviderRef UnknownNetwork { get; } = new()
    {
        Id = "asn:64500",
        Name = "Example Networks GmbH",
        Country = "DE",
        Jurisdiction = "DE",
        InKnowledgeBase = false,
    };

    public static ScanResult Create()
    {
        var townHall = TownHall();
        var unreachable = Unreachable();
        var union = SelfHostedUnion();
        var cloudParty = CloudParty();
        return new ScanResult
        {
            Tool = new ToolInfo("pavillon", "0.1.0"),
            KnowledgeBase = new KnowledgeBaseInfo("2025.03.1"),
            IpData = new IpDataInfo("2025-02-28", ["ip-location-db/asn (CC BY 4.0)", "ip-location-db/geo-whois-asn-country (PDDL)"]),
            StartedAt = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero),
            FinishedAt = new DateTimeOffset(2025, 3, 1, 9, 2, 30, TimeSpan.Zero),
            Organisations = [townHall, unreachable, union, cloudParty],
            Evidence = Bundle(),
        };
    }

    private static OrganisationResult TownHall()
    {
        var host = new Dependency
        {
            Service = ServiceKind.WebHosting,
            Layer = "host",
            Subject = "www.exemple.fr",
            Provider = Ovh,
            Location = "FR",
            Confidence = Confidence.High,
            Evidence =
            [
                new EvidenceItem("dns", "www.exemple.fr", "A 192.0.2.10"),
                new EvidenceItem("asn", "192.0.2.10", "AS16276 OVH SAS", "ovhcloud: asn 16276"),
                new EvidenceItem("ip-location", "192.0.2.10", "FR"),
            ],
        };
        var mail = new Dependency
        {
            Service = ServiceKind.EmailInbound,
            Subject = "exemple-fr.mail.protection.outlook.com",
            Provider = Microsoft,
            Location = "IE",
            Confidence = Confidence.High,
            Evidence = [new EvidenceItem("mx", "exemple.fr", "MX 0 exemple-fr.mail.protection.outlook.com", "microsoft-365: mx suffix mail.protection.outlook.com")],
        };
        var dns = new Dependency
        {
            Service = ServiceKind.Dns,
            Subject = "exemple.fr",
            Provider = Ovh,
            Confidence = Confidence.High,
            Evidence = [new EvidenceItem("ns", "exemple.fr", "NS dns200.anycast.me", "ovhcloud: ns suffix anycast.me")],
        };
        var facebook = new SocialAccount(Meta, "https://www.facebook.com/MairieExemple")
        {
            Evidence = [new EvidenceItem("html-link", "https://www.exemple.fr/", "footer: https://www.facebook.com/MairieExemple", "facebook: social domain facebook.com")],
        };
        var mastodon = new SocialAccount(Mastodon, "https://social.exemple.fr/@mairie")
        {
            Software = "mastodon",
            Instance = "social.exemple.fr",
            Evidence = [new EvidenceItem("nodeinfo", "social.exemple.fr", "software mastodon 4.3.4")],
        };
        return new OrganisationResult
        {
            Organisation = new Organisation("Mairie d'Exemple", "https://www.exemple.fr", "Mairies", ["exemple.fr"]) { Source = "communes.csv:2" },
            Status = OrganisationStatus.Ok,
            Hosting = new HostingSummary(Ovh, false, [host]),
            Email = new EmailSummary([Microsoft], ["exemple-fr.mail.protection.outlook.com"], [mail]),
            Social = [facebook, mastodon],
            Dependencies =
            [
                host,
                mail,
                dns,
                SocialDependency(facebook),
                SocialDependency(mastodon),
            ],
        };
    }

    private static OrganisationResult Unreachable() => new()
    {
        Organisation = new Organisation("Parti Introuvable", "introuvable.example", "Partis", []),
        Status = OrganisationStatus.Unreachable,
        Errors =
        [
            new StageError("dns", "introuvable.example: NXDOMAIN (the domain does not exist)"),
            new StageError("web", "no address to connect to"),
        ],
        Hosting = new HostingSummary(null, false, []),
        Email = new EmailSummary([], [], []),
    };

    private static OrganisationResult SelfHostedUnion()
    {
        var host = new Dependency
        {
            Service = ServiceKind.WebHosting,
            Layer = "host",
            Subject = "sud-rail.example.org",
            Provider = Union,
            Location = "FR",
            Confidence = Confidence.Medium,
            Evidence =
            [
                new EvidenceItem("dns", "sud-rail.example.org", "AAAA 2001:db8::80"),
                new EvidenceItem("ptr", "2001:db8::80", "PTR serveur.sud-rail.example.org", "self: ptr in the organisation's domain"),
            ],
        };
        var mail = new Dependency
        {
            Service = ServiceKind.EmailInbound,
            Subject = "mx.sud-rail.example.org",
            Provider = UnknownNetwork,
            Location = "DE",
            Confidence = Confidence.Low,
            Evidence =
            [
                new EvidenceItem("mx", "sud-rail.example.org", "MX 10 mx.sud-rail.example.org"),
                new EvidenceItem("asn", "198.51.100.25", "AS64500 Example Networks GmbH, DE"),
            ],
        };
        return new OrganisationResult
        {
            Organisation = new Organisation("Union \"Solidaires\" du Rail", "sud-rail.example.org", "Syndicats", []),
            Status = OrganisationStatus.Ok,
            Hosting = new HostingSummary(Union, true, [host]),
            Email = new EmailSummary([UnknownNetwork], ["mx.sud-rail.example.org"], [mail]),
            Dependencies = [host, mail],
        };
    }

    private static OrganisationResult CloudParty()
    {
        var host = new Dependency
        {
            Service = ServiceKind.WebHosting,
            Layer = "host",
            Subject = "www.parti-nuage.example",
            Provider = Aws,
            Location = "FR",
            Confidence = Confidence.High,
            Evidence =
            [
                new EvidenceItem("cname", "www.parti-nuage.example", "CNAME parti-nuage.eu-west-3.elb.amazonaws.com", "aws: cname suffix elb.amazonaws.com"),
                new EvidenceItem("ip-location", "203.0.113.7", "FR"),
            ],
        };
        var mail = new Dependency
        {
            Service = ServiceKind.EmailInbound,
            Subject = "aspmx.l.google.com",
            Provider = Google,
            Location = "US",
            Confidence = Confidence.High,
            Evidence = [new EvidenceItem("mx", "parti-nuage.example", "MX 1 aspmx.l.google.com", "google-workspace: mx suffix google.com")],
        };
        return new OrganisationResult
        {
            Organisation = new Organisation("Parti Nuageux", "https://www.parti-nuage.example/", "Partis", ["parti-nuage.example"]),
            Status = OrganisationStatus.Partial,
            Errors = [new StageError("web", "https://www.parti-nuage.example/: timed out after 10 s")],
            Hosting = new HostingSummary(Aws, false, [host]),
            Email = new EmailSummary([Google], ["aspmx.l.google.com"], [mail]),
            Dependencies = [host, mail],
        };
    }

    private static Dependency SocialDependency(SocialAccount account) => new()
    {
        Service = ServiceKind.SocialNetwork,
        Subject = account.Url,
        Provider = account.Network,
        Confidence = Confidence.High,
        Evidence = account.Evidence,
    };

    private static EvidenceBundle Bundle() => new()
    {
        StartedAt = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero),
        FinishedAt = new DateTimeOffset(2025, 3, 1, 9, 2, 30, TimeSpan.Zero),
        IpData = new IpDataInfo("2025-02-28", ["ip-location-db/asn (CC BY 4.0)"]),
        Organisations =
        [
            new OrganisationEvidence
            {
                Organisation = new Organisation("Mairie d'Exemple", "https://www.exemple.fr", "Mairies", ["exemple.fr"]),
                WebsiteHost = "www.exemple.fr",
                MailDomains = ["exemple.fr"],
                Dns =
                [
                    new DnsLookup("www.exemple.fr", "A", DnsStatus.NoError, [new DnsAnswer("www.exemple.fr", "A", "192.0.2.10", 300)]),
                    new DnsLookup("exemple.fr", "MX", DnsStatus.NoError, [new DnsAnswer("exemple.fr", "MX", "0 exemple-fr.mail.protection.outlook.com", 3600)]),
                ],
                Web =
                [
                    new WebFetch("https://www.exemple.fr/", [new HttpHop("https://www.exemple.fr/") { Status = 200, RemoteAddress = "192.0.2.10", Headers = new Dictionary<string, string> { ["server"] = "nginx" } }])
                    {
                        FinalUrl = "https://www.exemple.fr/",
                        Page = new PageFacts
                        {
                            Title = "Mairie d'Exemple",
                            Links = [new PageLink("https://www.facebook.com/MairieExemple", "footer") { Text = "Facebook" }],
                        },
                    },
                ],
                Addresses = [new AddressFacts("192.0.2.10") { Asn = 16276, AsHolder = "OVH SAS", AsCountry = "FR", Location = "FR" }],
                NodeInfo = [new NodeInfoFetch("social.exemple.fr") { Software = "mastodon", Version = "4.3.4" }],
            },
            new OrganisationEvidence
            {
                Organisation = new Organisation("Parti Introuvable", "introuvable.example", "Partis", []),
                WebsiteHost = "introuvable.example",
                Dns = [new DnsLookup("introuvable.example", "A", DnsStatus.NxDomain, [])],
                Errors = [new StageError("dns", "introuvable.example: NXDOMAIN (the domain does not exist)")],
            },
        ],
    };
}
