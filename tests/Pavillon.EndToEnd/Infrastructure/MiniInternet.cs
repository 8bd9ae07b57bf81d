using System.Globalization;
using System.Net;
using System.Text;
using Pavillon.EndToEnd.ScenarioModel;

namespace Pavillon.EndToEnd.Infrastructure;

/// <summary>
/// The simulated internet shared by every end-to-end test of a run: NSD serving every scenario's DNS records,
/// Kestrel serving every scenario's pages and NodeInfo documents, and a test CA. Built once per run (xunit
/// collection fixture) from all the scenario files.
/// </summary>
public sealed class MiniInternet : IAsyncLifetime
{
    private const string NodeInfoSchema = "http://nodeinfo.diaspora.software/ns/schema/2.0";

    private readonly string _directory = Directory.CreateTempSubdirectory("pavillon-e2e-").FullName;
    private NsdServer? _dns;
    private WebServer? _web;
    private TestCertificateAuthority? _authority;

    /// <summary>A loopback port nobody listens on: the destination of "unreachable" hosts.</summary>
    public int ClosedPort { get; } = FreePort.Tcp();

    /// <summary>A scratch folder for CLI outputs, deleted at the end of the run.</summary>
    public string WorkDirectory => _directory;

    public NsdServer Dns => _dns ?? throw new InvalidOperationException("The mini-internet is not started.");

    public WebServer Web => _web ?? throw new InvalidOperationException("The mini-internet is not started.");

    public string CaPem => _authority?.PemPath ?? throw new InvalidOperationException("The mini-internet is not started.");

    public async Task InitializeAsync()
    {
        var scenarios = ScenarioLoader.LoadAll();
        _authority = new TestCertificateAuthority(Path.Combine(_directory, "ca.pem"));
        _dns = NsdServer.Start(scenarios.SelectMany(s => s.Dns).Select(DnsRecord.Parse).Distinct());
        _web = await WebServer.StartAsync(BuildPages(scenarios), _authority);
    }

    public async Task DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        _dns?.Dispose();
        _authority?.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    /// <summary>
    /// The network options of a scan: our DNS server, every connection sent to Kestrel, our CA, no RDAP.
    /// Unreachable hosts come first, as the first matching --connect-to wins (curl's semantics).
    /// </summary>
    /// <param name="unreachableHosts">Hosts whose web server must refuse connections.</param>
    /// <param name="timeoutSeconds">--timeout of the scan, in seconds; default 3.</param>
    public IReadOnlyList<string> NetworkArguments(IEnumerable<string>? unreachableHosts = null, int timeoutSeconds = 3)
    {
        var arguments = new List<string> { "--dns-server", Dns.Endpoint };
        foreach (var host in unreachableHosts ?? [])
        {
            var ascii = DnsRecord.ToAscii(host);
            arguments.AddRange(["--connect-to", $"{ascii}:443:127.0.0.1:{ClosedPort}", "--connect-to", $"{ascii}:80:127.0.0.1:{ClosedPort}"]);
        }

        arguments.AddRange([
            "--connect-to", $":443:127.0.0.1:{Web.HttpsPort}",
            "--connect-to", $":80:127.0.0.1:{Web.HttpPort}",
            "--ca-cert", CaPem,

            // RDAP has its own world (Rdap/); the tenant realm probe is asked of the mini-internet like any site.
            "--no-rdap",
            "--tenant-probe-interval", "0",
            "--timeout", timeoutSeconds.ToString(CultureInfo.InvariantCulture),
        ]);
        return arguments;
    }

    /// <summary>Every page of every scenario, keyed by "scheme://host/path"; the first definition of a URL wins.</summary>
    public static Dictionary<string, WebPage> BuildPages(IEnumerable<Scenario> scenarios)
    {
        var pages = new Dictionary<string, WebPage>(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            foreach (var spec in scenario.Web)
            {
                pages.TryAdd(Key(spec.Url), ToPage(spec));
            }

            foreach (var node in scenario.NodeInfo)
            {
                var host = DnsRecord.ToAscii(node.Host);
                var json = new Dictionary<string, string> { ["Content-Type"] = "application/json; charset=utf-8" };
                pages.TryAdd($"https://{host}/.well-known/nodeinfo", new WebPage(200, json,
                    $$"""{"links":[{"rel":"{{NodeInfoSchema}}","href":"https://{{host}}/nodeinfo/2.0"}]}"""));
                pages.TryAdd($"https://{host}/nodeinfo/2.0", new WebPage(200, json,
                    $$$"""{"version":"2.0","software":{"name":"{{{node.Software}}}","version":"{{{node.Version}}}"},"protocols":["activitypub"],"services":{"inbound":[],"outbound":[]},"openRegistrations":false,"usage":{"users":{"total":1000}},"metadata":{}}"""));
                pages.TryAdd($"https://{host}/", new WebPage(200, Html(), $"<!DOCTYPE html><html><head><title>{host}</title></head><body><p>{node.Software}</p></body></html>"));
            }

            foreach (var realm in scenario.TenantRealms)
            {
                var domain = DnsRecord.ToAscii(realm.Domain);
                var json = new Dictionary<string, string> { ["Content-Type"] = "application/json; charset=utf-8" };
                pages.TryAdd($"https://login.microsoftonline.com/getuserrealm.srf?login=postmaster%40{domain}&json=1", new WebPage(200, json,
                    $$"""{"State":4,"UserState":1,"Login":"postmaster@{{domain}}","NameSpaceType":"{{realm.NamespaceType}}","DomainName":"{{domain}}","CloudInstanceName":"microsoftonline.com"}"""));
            }
        }

        return pages;
    }

    private static string Key(string url)
    {
        var uri = new Uri(url);
        return $"{uri.Scheme}://{DnsRecord.ToAscii(uri.Host)}{uri.AbsolutePath}";
    }

    private static Dictionary<string, string> Html() => new(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "text/html; charset=utf-8" };

    private static WebPage ToPage(WebPageSpec spec)
    {
        var headers = Html();
        foreach (var (name, value) in spec.Headers)
        {
            headers[name] = value;
        }

        if (spec.Redirect is not null)
        {
            headers["Location"] = spec.Redirect;
            return new WebPage(spec.Status ?? 301, headers, $"<!DOCTYPE html><title>Moved</title><a href=\"{WebUtility.HtmlEncode(spec.Redirect)}\">here</a>");
        }

        return new WebPage(spec.Status ?? 200, headers, spec.Body ?? GeneratedHome(spec));
    }

    /// <summary>A small home page: share buttons inside the article, promoted profiles in the footer.</summary>
    private static string GeneratedHome(WebPageSpec spec)
    {
        var title = WebUtility.HtmlEncode(spec.Title ?? new Uri(spec.Url).Host);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"fr\"><head><meta charset=\"utf-8\">");
        html.AppendLine(CultureInfo.InvariantCulture, $"<title>{title}</title></head><body>");
        html.AppendLine("<header><nav><a href=\"/\">Accueil</a> <a href=\"/actualites/\">Actualités</a> <a href=\"/contact/\">Contact</a></nav></header>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<main><article><h1>{title}</h1><p>Dernières nouvelles.</p>");
        if (spec.ShareLinks.Count > 0)
        {
            html.AppendLine("<div class=\"share-buttons\"><span>Partager :</span>");
            foreach (var link in spec.ShareLinks)
            {
                html.AppendLine(CultureInfo.InvariantCulture, $"<a class=\"share-button\" href=\"{WebUtility.HtmlEncode(link)}\" target=\"_blank\" rel=\"noopener\">Partager</a>");
            }

            html.AppendLine("</div>");
        }

        html.AppendLine("</article></main>");
        html.AppendLine("<footer><p>Suivez-nous</p><ul class=\"social-links\">");
        foreach (var link in spec.Links)
        {
            var label = WebUtility.HtmlEncode(new Uri(link).Host);
            html.AppendLine(CultureInfo.InvariantCulture, $"<li><a href=\"{WebUtility.HtmlEncode(link)}\" aria-label=\"{label}\" rel=\"me\">{label}</a></li>");
        }

        html.AppendLine("</ul><p>© Mentions légales</p></footer></body></html>");
        return html.ToString();
    }
}
