using System.Globalization;

namespace Pavillon.EndToEnd.Infrastructure;

/// <summary>
/// A mini-internet of its own for one test class: NSD with the given records, Kestrel with the given pages and a
/// test CA, in a scratch folder. For tests whose fixtures (an RDAP server, pages built for the browser) have no
/// place in the shared scenario files.
/// </summary>
public abstract class SmallWorld : IAsyncLifetime
{
    private NsdServer? _dns;
    private WebServer? _web;
    private TestCertificateAuthority? _authority;

    /// <summary>A scratch folder, deleted at the end.</summary>
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("pavillon-world-").FullName;

    public NsdServer Dns => _dns ?? throw new InvalidOperationException("The world is not started.");

    public WebServer Web => _web ?? throw new InvalidOperationException("The world is not started.");

    public string CaPem => _authority?.PemPath ?? throw new InvalidOperationException("The world is not started.");

    /// <summary>The DNS records, one "NAME TYPE DATA" line each (see <see cref="DnsRecord.Parse"/>).</summary>
    protected abstract IEnumerable<string> Records { get; }

    /// <summary>The pages, keyed by "scheme://host/path" (host in punycode, lower case).</summary>
    protected abstract IReadOnlyDictionary<string, WebPage> Pages { get; }

    /// <summary>Our DNS server, every connection to Kestrel, our CA, a short timeout; no --offline (tests choose).</summary>
    public IReadOnlyList<string> NetworkArguments() =>
    [
        "--dns-server", Dns.Endpoint,
        "--connect-to", string.Create(CultureInfo.InvariantCulture, $":443:127.0.0.1:{Web.HttpsPort}"),
        "--connect-to", string.Create(CultureInfo.InvariantCulture, $":80:127.0.0.1:{Web.HttpPort}"),
        "--ca-cert", CaPem,
        "--timeout", "3",
    ];

    public virtual async Task InitializeAsync()
    {
        _authority = new TestCertificateAuthority(Path.Combine(Directory, "ca.pem"));
        _dns = NsdServer.Start(Records.Select(DnsRecord.Parse).Distinct());
        _web = await WebServer.StartAsync(Pages, _authority);
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
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    /// <summary>A page with a content type.</summary>
    protected static WebPage Page(string body, string contentType = "text/html; charset=utf-8") =>
        new(200, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = contentType }, body);
}
