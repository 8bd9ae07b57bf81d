using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Pavillon.Collect.Dns;
using Pavillon.Collect.Web;

namespace Pavillon.Collect.Render;

/// <summary>
/// A small HTTP proxy on 127.0.0.1 for the headless browser. Chromium sends it every request (CONNECT for
/// https, absolute-form requests for plain http) with the host name unresolved; the proxy opens the connection
/// with <see cref="HttpClientFactory.ConnectAsync"/>, so the scan's DNS servers and --connect-to apply and the
/// browser never resolves a name or reaches a host by itself.
/// <para>
/// With --ca-cert the browser is told to accept any certificate, and the proxy checks instead: before opening a
/// CONNECT tunnel it makes its own TLS handshake with the destination and tunnels only when the certificate
/// matches the name and chains to a system root or to a --ca-cert certificate (<see cref="CertificateTrust"/>).
/// Chromium's --ignore-certificate-errors-spki-list cannot express "leaves of this CA": it forgives a chain only
/// when a certificate the server presents carries a listed key, and servers do not present their root.
/// </para>
/// </summary>
public sealed class RenderProxy : IAsyncDisposable
{
    /// <summary>Largest request head read from the browser, in bytes (32 KiB).</summary>
    public const int MaxHeadBytes = 32 * 1024;

    private readonly ScanOptions _options;
    private readonly DnsResolver _dns;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly TlsProbe? _tlsCheck;
    private readonly ConcurrentDictionary<string, Task<string?>> _tlsVerdicts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts listening on a free loopback port.</summary>
    public RenderProxy(ScanOptions options, DnsResolver dns)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _dns = dns ?? throw new ArgumentNullException(nameof(dns));
        _tlsCheck = options.ExtraTrustedCertificates.Count > 0 ? new TlsProbe(options, dns) : null;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>True when the proxy, not the browser, validates certificates (a --ca-cert was given).</summary>
    public bool ChecksCertificates => _tlsCheck is not null;

    /// <summary>The value for Chromium's --proxy-server.</summary>
    public string Address => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}");

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _acceptLoop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the expected end of the loop.
        }

        _stop.Dispose();
    }

    /// <summary>Parses a request head: method, target and the header lines (without the request line).</summary>
    internal static (string Method, string Target, string Version, List<string> Headers)? ParseHead(string head)
    {
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0 || !parts[2].StartsWith("HTTP/", StringComparison.Ordinal))
        {
            return null;
        }

        return (parts[0], parts[1], parts[2], lines.Skip(1).Where(l => l.Length > 0).ToList());
    }

    /// <summary>The host and port of a CONNECT target "host:port" or "[v6]:port".</summary>
    internal static (string Host, int Port)? ParseAuthority(string authority, int defaultPort)
    {
        if (!Uri.TryCreate("http://" + authority, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0)
        {
            return null;
        }

        var port = authority.EndsWith(':' + uri.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? uri.Port : defaultPort;
        return (uri.IdnHost.Trim('[', ']'), port);
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(Socket client)
    {
        using var browserSide = new NetworkStream(client, ownsSocket: true);
        Stream? upstream = null;
        try
        {
            var (head, rest) = await ReadHeadAsync(browserSide).ConfigureAwait(false);
            var request = head is null ? null : ParseHead(head);
            if (request is not { } r)
            {
                await ReplyAsync(browserSide, "400 Bad Request").ConfigureAwait(false);
                return;
            }

            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            connectTimeout.CancelAfter(_options.Timeout);
            if (r.Method == "CONNECT")
            {
                if (ParseAuthority(r.Target, 443) is not { } target)
                {
                    await ReplyAsync(browserSide, "400 Bad Request").ConfigureAwait(false);
                    return;
                }

                if (await UntrustedAsync(target.Host, target.Port).ConfigureAwait(false) is not null)
                {
                    // The browser shows a failed tunnel; the static fetch of the same host records why.
                    await ReplyAsync(browserSide, "502 Bad Gateway").ConfigureAwait(false);
                    return;
                }

                upstream = await HttpClientFactory.ConnectAsync(_options, _dns, new DnsEndPoint(target.Host, target.Port), connectTimeout.Token).ConfigureAwait(false);
                await ReplyAsync(browserSide, "200 Connection Established").ConfigureAwait(false);
            }
            else
            {
                if (!Uri.TryCreate(r.Target, UriKind.Absolute, out var url) || url.Scheme != "http")
                {
                    await ReplyAsync(browserSide, "400 Bad Request").ConfigureAwait(false);
                    return;
                }

                upstream = await HttpClientFactory.ConnectAsync(_options, _dns, new DnsEndPoint(url.IdnHost, url.Port), connectTimeout.Token).ConfigureAwait(false);

                // One request per upstream connection: the browser may send the next one for another host.
                var headers = r.Headers
                    .Where(h => !h.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase) && !h.StartsWith("Connection:", StringComparison.OrdinalIgnoreCase))
                    .Append("Connection: close");
                var rewritten = $"{r.Method} {url.PathAndQuery} {r.Version}\r\n{string.Join("\r\n", headers)}\r\n\r\n";
                await upstream.WriteAsync(Encoding.Latin1.GetBytes(rewritten), _stop.Token).ConfigureAwait(false);
            }

            if (rest.Length > 0)
            {
                await upstream.WriteAsync(rest, _stop.Token).ConfigureAwait(false);
            }

            await PumpAsync(browserSide, upstream).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or HttpRequestException or OperationCanceledException or ObjectDisposedException)
        {
            if (upstream is null)
            {
                await TryReplyAsync(browserSide, "502 Bad Gateway").ConfigureAwait(false);
            }
        }
        finally
        {
            if (upstream is not null)
            {
                await upstream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Null when the destination may be tunnelled; else why not. Checked once per host and port.</summary>
    private Task<string?> UntrustedAsync(string host, int port)
    {
        if (_tlsCheck is null)
        {
            return Task.FromResult<string?>(null);
        }

        return _tlsVerdicts.GetOrAdd(string.Create(CultureInfo.InvariantCulture, $"{host}:{port}"), async _ =>
        {
            var (certificate, error) = await _tlsCheck.ReadCertificateAsync(host, port, _stop.Token).ConfigureAwait(false);
            return certificate is null ? error ?? "no certificate" : certificate.Trusted ? null : "certificate not trusted";
        });
    }

    private async Task PumpAsync(Stream browserSide, Stream upstream)
    {
        // Either side closing ends the tunnel: the other copy is stopped too.
        using var done = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        var up = browserSide.CopyToAsync(upstream, done.Token);
        var down = upstream.CopyToAsync(browserSide, done.Token);
        await Task.WhenAny(up, down).ConfigureAwait(false);
        await done.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(up, down).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A closed tunnel is the normal end.
        }
    }

    private async Task<(string? Head, byte[] Remainder)> ReadHeadAsync(Stream stream)
    {
        var buffer = new byte[MaxHeadBytes];
        var length = 0;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(_options.Timeout);
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), timeout.Token).ConfigureAwait(false);
            if (read == 0)
            {
                return (null, []);
            }

            length += read;
            var end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                return (Encoding.Latin1.GetString(buffer, 0, end), buffer[(end + 4)..length]);
            }
        }

        return (null, []);
    }

    private Task ReplyAsync(Stream stream, string status) =>
        stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n{(status.StartsWith("200", StringComparison.Ordinal) ? string.Empty : "Content-Length: 0\r\nConnection: close\r\n")}\r\n"), _stop.Token).AsTask();

    private async Task TryReplyAsync(Stream stream, string status)
    {
        try
        {
            await ReplyAsync(stream, status).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The browser already went away.
        }
    }
}
