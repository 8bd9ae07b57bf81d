using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pavillon.EndToEnd.Infrastructure;

/// <summary>
/// Kestrel on 127.0.0.1 with one HTTPS and one plain HTTP port, answering each fixture host by its Host header.
/// A host without HTTPS pages gets no certificate (the TLS handshake fails); a host without plain HTTP pages
/// has its connection aborted: both look like a server that does not serve that scheme.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebServer(WebApplication app, int httpsPort, int httpPort)
    {
        _app = app;
        HttpsPort = httpsPort;
        HttpPort = httpPort;
    }

    public int HttpsPort { get; }

    public int HttpPort { get; }

    /// <summary>Starts Kestrel with the given pages, keyed by absolute URL "scheme://host/path" (host in punycode, lower case).</summary>
    public static async Task<WebServer> StartAsync(IReadOnlyDictionary<string, WebPage> pages, TestCertificateAuthority authority)
    {
        var httpsHosts = pages.Keys.Where(k => k.StartsWith("https://", StringComparison.Ordinal)).Select(HostOf).ToHashSet(StringComparer.Ordinal);
        var httpHosts = pages.Keys.Where(k => k.StartsWith("http://", StringComparison.Ordinal)).Select(HostOf).ToHashSet(StringComparer.Ordinal);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(new HttpsConnectionAdapterOptions
            {
                // SslStream hands over an internationalised SNI name decoded to Unicode: compare in punycode.
                ServerCertificateSelector = (_, name) =>
                    name is not null && httpsHosts.Contains(DnsRecord.ToAscii(name)) ? authority.LeafFor(DnsRecord.ToAscii(name)) : null,
            }));
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        app.Run(context => Answer(context, pages, context.Request.IsHttps ? httpsHosts : httpHosts));
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
        var https = addresses.Single(a => a.Scheme == "https").Port;
        var http = addresses.Single(a => a.Scheme == "http").Port;
        return new WebServer(app, https, http);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string HostOf(string url) => DnsRecord.ToAscii(new Uri(url).Host);

    private static async Task Answer(HttpContext context, IReadOnlyDictionary<string, WebPage> pages, HashSet<string> servedHosts)
    {
        var host = DnsRecord.ToAscii(context.Request.Host.Host);
        var scheme = context.Request.IsHttps ? "https" : "http";
        if (!servedHosts.Contains(host))
        {
            // Nothing is served here for this host: behave like a closed port.
            context.Abort();
            return;
        }

        // A page defined with its query string (an API answering per parameter) wins over the bare path.
        var path = context.Request.Path.HasValue ? context.Request.Path.Value! : "/";
        var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value : string.Empty;
        if (!pages.TryGetValue($"{scheme}://{host}{path}{query}", out var page) && !pages.TryGetValue($"{scheme}://{host}{path}", out page))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<!DOCTYPE html><title>404</title><p>Page introuvable.</p>", Encoding.UTF8);
            return;
        }

        context.Response.StatusCode = page.Status;
        foreach (var (name, value) in page.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await context.Response.WriteAsync(page.Body, Encoding.UTF8);
    }
}
