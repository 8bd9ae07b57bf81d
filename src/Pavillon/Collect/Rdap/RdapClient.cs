using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Pavillon.Evidence;

namespace Pavillon.Collect.Rdap;

/// <summary>
/// Asks the registry's RDAP server about a registrable domain. Every connection goes through the scan's
/// <see cref="HttpClient"/> (so --connect-to, --ca-cert and the scan's DNS apply); answers are cached for the scan,
/// requests are spaced per server by <see cref="RdapServerGate"/>, and every failure is returned as data.
/// </summary>
public sealed class RdapClient : IDisposable
{
    /// <summary>Largest RDAP answer read, in bytes (1 MiB): domain objects are a few kilobytes.</summary>
    public const int MaxAnswerBytes = 1024 * 1024;

    /// <summary>Most redirects followed (3): some registries send clients to another base URL.</summary>
    public const int MaxRedirects = 3;

    private readonly HttpClient _http;
    private readonly RdapBootstrap? _bootstrap;
    private readonly string? _bootstrapProblem;
    private readonly ScanOptions _options;
    private readonly ConcurrentDictionary<string, Lazy<Task<RdapFetch>>> _cache = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, RdapServerGate> _gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a client; when <paramref name="bootstrap"/> is null every lookup reports <paramref name="bootstrapProblem"/>.</summary>
    public RdapClient(HttpClient http, RdapBootstrap? bootstrap, string? bootstrapProblem, ScanOptions options)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _bootstrap = bootstrap;
        _bootstrapProblem = bootstrapProblem;
    }

    /// <summary>Reads the bootstrap file of <paramref name="options"/> (or the shipped one) and creates the client; an unreadable file is kept as the error of every lookup.</summary>
    public static RdapClient Create(HttpClient http, ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.RdapBootstrapPath ?? RdapBootstrap.DefaultPath;
        try
        {
            return new RdapClient(http, RdapBootstrap.Load(path), null, options);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return new RdapClient(http, null, $"the RDAP bootstrap file {path} could not be read: {ex.Message}", options);
        }
    }

    /// <summary>The RDAP record of <paramref name="domain"/> (a registrable domain, punycode), asked once per scan.</summary>
    public Task<RdapFetch> LookupAsync(string domain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var key = domain.Trim().TrimEnd('.').ToLowerInvariant();
        var lazy = _cache.GetOrAdd(key, k => new Lazy<Task<RdapFetch>>(() => FetchAsync(k, cancellationToken)));
        return lazy.Value;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var gate in _gates.Values)
        {
            gate.Dispose();
        }
    }

    private async Task<RdapFetch> FetchAsync(string domain, CancellationToken cancellationToken)
    {
        if (_bootstrap is null)
        {
            return new RdapFetch(domain) { Error = _bootstrapProblem };
        }

        var server = _bootstrap.ServerFor(domain);
        if (server is null)
        {
            var tld = domain[(domain.LastIndexOf('.') + 1)..];
            return new RdapFetch(domain) { Error = $"no RDAP server for .{tld} in the bootstrap file" };
        }

        var url = RdapBootstrap.DomainUrl(server, domain);
        var gate = _gates.GetOrAdd(server.Authority, _ => new RdapServerGate(_options.RdapConcurrencyPerServer, _options.RdapMinimumInterval));
        try
        {
            using var slot = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/rdap+json"));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location && hop < MaxRedirects)
                {
                    url = new Uri(url, location);
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    return new RdapFetch(domain) { Url = url.AbsoluteUri, Status = status, Error = "the registry has no RDAP record of this domain (404)" };
                }

                if (!response.IsSuccessStatusCode)
                {
                    var reason = response.StatusCode == HttpStatusCode.TooManyRequests ? " (rate limited)" : string.Empty;
                    return new RdapFetch(domain) { Url = url.AbsoluteUri, Status = status, Error = string.Create(CultureInfo.InvariantCulture, $"the RDAP server answered HTTP {status}{reason}") };
                }

                var text = await ReadCappedAsync(response, cancellationToken).ConfigureAwait(false);
                if (text is null)
                {
                    return new RdapFetch(domain) { Url = url.AbsoluteUri, Status = status, Error = $"the RDAP answer is larger than {MaxAnswerBytes} bytes" };
                }

                return RdapParser.Parse(domain, text) with { Url = url.AbsoluteUri, Status = status };
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new RdapFetch(domain) { Url = url.AbsoluteUri, Error = string.Create(CultureInfo.InvariantCulture, $"no RDAP answer within {_options.Timeout.TotalSeconds} s") };
        }
        catch (HttpRequestException ex)
        {
            return new RdapFetch(domain) { Url = url.AbsoluteUri, Error = $"RDAP request failed: {ex.Message}" };
        }
    }

    private static async Task<string?> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxAnswerBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }
}
