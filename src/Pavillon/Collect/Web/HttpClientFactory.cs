using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Pavillon.Collect.Dns;

namespace Pavillon.Collect.Web;

/// <summary>
/// Builds the one HTTP client of a scan. Every connection goes through <see cref="ConnectAsync"/>, which applies
/// --connect-to and resolves names with the scan's own DNS servers (never the system resolver), and every TLS
/// session is validated against the system roots plus the --ca-cert certificates.
/// </summary>
public static class HttpClientFactory
{
    /// <summary>Creates the client; redirects are not followed automatically (each hop is evidence).</summary>
    public static HttpClient Create(ScanOptions options, DnsResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            MaxConnectionsPerServer = 4,
            UseCookies = false,
            UseProxy = false,
            ConnectCallback = (context, cancellationToken) => ConnectAsync(options, resolver, context.DnsEndPoint, cancellationToken),
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                    CertificateTrust.IsTrusted(certificate, chain, errors, options.ExtraTrustedCertificates),
            },
        };
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = options.Timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr,en;q=0.8");
        return client;
    }

    /// <summary>Opens a TCP connection to <paramref name="endPoint"/> after --connect-to, resolving with the scan's DNS.</summary>
    public static async ValueTask<Stream> ConnectAsync(ScanOptions options, DnsResolver resolver, DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(endPoint);
        var (host, port) = ConnectTo.Apply(options.ConnectTo, endPoint.Host, endPoint.Port);
        IReadOnlyList<IPAddress> candidates;
        if (IPAddress.TryParse(host, out var literal))
        {
            candidates = [literal];
        }
        else
        {
            var resolution = await resolver.ResolveAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            candidates = resolution.Addresses.Select(IPAddress.Parse).ToList();
            if (candidates.Count == 0)
            {
                throw new HttpRequestException($"{host} has no address in DNS");
            }
        }

        Exception? last = null;
        foreach (var address in candidates)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
        }

        throw new HttpRequestException($"could not connect to {host}:{port}: {last?.Message}", last);
    }
}
