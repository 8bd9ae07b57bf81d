using Pavillon.KnowledgeBase;

namespace Pavillon.Tests.Attribution;

/// <summary>A few literal providers, shaped like the knowledge base's files, for attribution tests to pick from.</summary>
internal static class TestProviders
{
    private static readonly ParentCompany[] Alphabet = [new("Google LLC", "US", "google"), new("Alphabet Inc.", "US")];

    public static Provider NationBuilder { get; } = new()
    {
        Id = "nationbuilder",
        Name = "NationBuilder",
        Country = "US",
        Categories = ["campaign-platform", "web-platform"],
        Identify = new IdentificationRules { Cname = ["nationbuilder.com"], ResourceHosts = ["nationbuilder.com"] },
    };

    public static Provider Cloudflare { get; } = new()
    {
        Id = "cloudflare",
        Name = "Cloudflare",
        Country = "US",
        Categories = ["cdn", "dns"],
        Identify = new IdentificationRules
        {
            Asns = [13335],
            Ns = ["ns.cloudflare.com"],
            Cname = ["cloudflare.net"],
            Headers = [new HeaderRule("server", "^cloudflare$"), new HeaderRule("cf-ray", ".+")],
        },
    };

    /// <summary>A European operating entity under a US parent: country LU, jurisdiction US.</summary>
    public static Provider AmazonWebServices { get; } = new()
    {
        Id = "amazon-web-services",
        Name = "Amazon Web Services",
        Country = "LU",
        Parents = [new ParentCompany("Amazon.com, Inc.", "US")],
        Categories = ["cloud"],
        Identify = new IdentificationRules { Asns = [16509], Ptr = ["amazonaws.com"] },
    };

    public static Provider OvhCloud { get; } = new()
    {
        Id = "ovhcloud",
        Name = "OVHcloud",
        Country = "FR",
        Categories = ["cloud", "managed-hosting", "email-hosting", "dns"],
        Identify = new IdentificationRules { Asns = [16276], Ptr = ["ovh.net"], Mx = ["mail.ovh.net"], Ns = ["ovh.net"] },
    };

    public static Provider Alwaysdata { get; } = new()
    {
        Id = "alwaysdata",
        Name = "alwaysdata",
        Country = "FR",
        Categories = ["managed-hosting"],
        Identify = new IdentificationRules { Ptr = ["alwaysdata.net"] },
    };

    public static Provider Gandi { get; } = new()
    {
        Id = "gandi",
        Name = "Gandi",
        Country = "FR",
        Parents = [new ParentCompany("Your.Online", "NL")],
        Categories = ["dns", "registrar"],
        Identify = new IdentificationRules { Asns = [29169], Ns = ["gandi.net"] },
    };

    public static Provider Microsoft365 { get; } = new()
    {
        Id = "microsoft-365",
        Name = "Microsoft 365",
        Country = "IE",
        Parents = [new ParentCompany("Microsoft Corporation", "US")],
        Categories = ["email-hosting"],
        Identify = new IdentificationRules { Mx = ["mail.protection.outlook.com"], Spf = ["spf.protection.outlook.com"] },
    };

    public static Provider GoogleWorkspace { get; } = new()
    {
        Id = "google-workspace",
        Name = "Google Workspace",
        Country = "IE",
        Parents = Alphabet,
        Categories = ["email-hosting"],
        Identify = new IdentificationRules { Mx = ["google.com", "googlemail.com"], Spf = ["_spf.google.com"] },
    };

    public static Provider LetsEncrypt { get; } = new()
    {
        Id = "lets-encrypt",
        Name = "Let's Encrypt",
        Country = "US",
        Categories = ["certificate-authority"],
        Identify = new IdentificationRules { CertificateIssuers = ["Let's Encrypt"] },
    };

    public static Provider GoogleAnalytics { get; } = new()
    {
        Id = "google-analytics",
        Name = "Google Analytics",
        Country = "IE",
        Parents = Alphabet,
        Categories = ["analytics"],
        Identify = new IdentificationRules { ResourceHosts = ["google-analytics.com", "googletagmanager.com"] },
    };

    public static Provider YouTube { get; } = new()
    {
        Id = "youtube",
        Name = "YouTube",
        Country = "IE",
        Parents = Alphabet,
        Categories = ["video-platform", "social-network"],
        Identify = new IdentificationRules { ResourceHosts = ["youtube.com", "youtube-nocookie.com", "ytimg.com"], SocialHosts = ["youtube.com", "youtu.be"] },
    };

    public static Provider Facebook { get; } = new()
    {
        Id = "facebook",
        Name = "Facebook",
        Country = "IE",
        Parents = [new ParentCompany("Meta Platforms, Inc.", "US")],
        Categories = ["social-network"],
        Identify = new IdentificationRules { SocialHosts = ["facebook.com", "fb.com"] },
    };

    public static Provider X { get; } = new()
    {
        Id = "x",
        Name = "X",
        Country = "US",
        Categories = ["social-network"],
        Identify = new IdentificationRules { SocialHosts = ["x.com", "twitter.com"] },
    };

    public static Provider LinkedIn { get; } = new()
    {
        Id = "linkedin",
        Name = "LinkedIn",
        Country = "IE",
        Parents = [new ParentCompany("Microsoft Corporation", "US")],
        Categories = ["social-network"],
        Identify = new IdentificationRules { SocialHosts = ["linkedin.com"] },
    };

    public static Provider Mastodon { get; } = new()
    {
        Id = "mastodon",
        Name = "Mastodon",
        Country = "DE",
        Categories = ["social-network", "fediverse-instance"],
        Identify = new IdentificationRules { SocialHosts = ["mastodon.social"], Fediverse = ["mastodon"] },
    };
}
