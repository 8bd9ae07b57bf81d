using System.Globalization;
using System.Net;
using Pavillon.EndToEnd.Infrastructure;

namespace Pavillon.ScanBench;

/// <summary>
/// A generated population of organisations shaped like French communes: sites at OVHcloud, Scaleway, AWS Paris,
/// behind Cloudflare or self-hosted; mail at Microsoft 365, OVHcloud, Google or on their own server; home pages
/// with profile links, share buttons and a Mastodon account on a shared instance. Addresses come from the
/// providers' announced ranges so that the IP data attributes them as in real life.
/// </summary>
internal sealed class Population
{
    public const string MastodonInstance = "social.bench-commun.fr";

    public List<DnsRecord> Records { get; } = [];

    public Dictionary<string, WebPage> Pages { get; } = new(StringComparer.Ordinal);

    public List<string> CsvLines { get; } = ["name,website,group"];

    public static Population Generate(int count)
    {
        var population = new Population();
        population.AddMastodonInstance();
        population.AddSharedMailHosts();
        for (var i = 0; i < count; i++)
        {
            population.AddOrganisation(i);
        }

        return population;
    }

    private void AddOrganisation(int i)
    {
        var domain = string.Create(CultureInfo.InvariantCulture, $"commune-{i:D5}.fr");
        var www = "www." + domain;
        var group = string.Create(CultureInfo.InvariantCulture, $"Département {10 + (i % 80):D2}");
        CsvLines.Add(string.Create(CultureInfo.InvariantCulture, $"Commune {i:D5},https://{www},{group}"));

        // Web hosting, by share of the population.
        var address = (i % 20) switch
        {
            < 8 => Address(51, 91, i) /* OVHcloud AS16276 */,
            < 12 => Address(51, 15, i) /* Scaleway AS12876 */,
            < 15 => Address(52, 47, i) /* AWS eu-west-3 AS16509 */,
            < 18 => Address(104, 21, i) /* Cloudflare AS13335 */,
            _ => Address(90, 83, i) /* Orange AS3215: self-hosted */,
        };
        if (i % 20 is >= 15 and < 18)
        {
            Add($"{www} CNAME {domain}.cdn.cloudflare.net");
            Add($"{domain}.cdn.cloudflare.net A {address}");
        }
        else
        {
            Add($"{www} A {address}");
        }

        Add($"{domain} A {address}");
        Add(i % 20 >= 18 ? $"{address} PTR serveur.{domain}" : $"{address} PTR ip-{address.ToString().Replace('.', '-')}.bench-ptr.net");

        // Mail.
        switch (i % 10)
        {
            case < 5:
                Add($"{domain} MX 0 {domain.Replace('.', '-')}.mail.protection.outlook.com");
                Add($"{domain.Replace('.', '-')}.mail.protection.outlook.com A {Address(52, 101, i)}");
                Add($"{domain} TXT \"v=spf1 include:spf.protection.outlook.com -all\"");
                break;
            case < 8:
                Add($"{domain} MX 1 mx1.mail.ovh.net");
                Add($"{domain} MX 5 mx2.mail.ovh.net");
                Add($"{domain} TXT \"v=spf1 include:mx.ovh.com ~all\"");
                break;
            case 8:
                Add($"{domain} MX 1 aspmx.l.google.com");
                Add($"{domain} TXT \"v=spf1 include:_spf.google.com ~all\"");
                break;
            default:
                var mail = Address(90, 84, i);
                Add($"{domain} MX 10 mail.{domain}");
                Add($"mail.{domain} A {mail}");
                Add($"{mail} PTR mail.{domain}");
                break;
        }

        // Home page: footer profile links, share buttons, a few third-party resources.
        var mastodon = i % 5 == 0 ? $"<li><a href=\"https://{MastodonInstance}/@commune{i}\">Mastodon</a></li>" : string.Empty;
        var body = $"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>Commune {i}</title>
            <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Marianne">
            <script src="https://www.googletagmanager.com/gtag/js?id=G-BENCH"></script>
            <script src="/js/site.js"></script></head>
            <body><header><nav><a href="/">Accueil</a> <a href="/mairie">Mairie</a></nav></header>
            <main><article><h1>Actualités</h1><p>Conseil municipal.</p>
            <a href="https://www.facebook.com/sharer/sharer.php?u=https://{www}/">Partager</a>
            <a href="https://twitter.com/intent/tweet?url=https://{www}/">Tweeter</a>
            <iframe data-src="https://www.youtube-nocookie.com/embed/bench{i % 7}"></iframe></article></main>
            <footer><p>Suivez-nous</p><ul>
            <li><a href="https://www.facebook.com/commune{i}">Facebook</a></li>
            <li><a href="https://x.com/commune{i}">X</a></li>
            <li><a href="https://www.instagram.com/commune{i}/">Instagram</a></li>
            {mastodon}</ul></footer></body></html>
            """;
        Pages[$"https://{www}/"] = new WebPage(200, new Dictionary<string, string> { ["Content-Type"] = "text/html; charset=utf-8" }, body);
        Pages[$"https://{domain}/"] = new WebPage(301, new Dictionary<string, string> { ["Location"] = $"https://{www}/" }, string.Empty);
    }

    private void AddSharedMailHosts()
    {
        Add($"mx1.mail.ovh.net A 188.165.47.122");
        Add($"mx2.mail.ovh.net A 188.165.47.123");
        Add($"aspmx.l.google.com A 142.250.27.26");
    }

    private void AddMastodonInstance()
    {
        Add($"{MastodonInstance} A 51.91.200.10");
        var json = new Dictionary<string, string> { ["Content-Type"] = "application/json" };
        Pages[$"https://{MastodonInstance}/.well-known/nodeinfo"] = new WebPage(200, json, $$"""{"links":[{"rel":"http://nodeinfo.diaspora.software/ns/schema/2.0","href":"https://{{MastodonInstance}}/nodeinfo/2.0"}]}""");
        Pages[$"https://{MastodonInstance}/nodeinfo/2.0"] = new WebPage(200, json, """{"version":"2.0","software":{"name":"mastodon","version":"4.3.0"},"protocols":["activitypub"]}""");
    }

    private void Add(string line) => Records.Add(DnsRecord.Parse(line));

    /// <summary>An address inside a.b.0.0/16 chosen by the organisation's index (avoiding .0 and .255).</summary>
    private static IPAddress Address(int a, int b, int i) => new([(byte)a, (byte)b, (byte)(i / 250 % 250 + 1), (byte)(i % 250 + 1)]);
}
