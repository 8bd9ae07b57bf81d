using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pavillon.Evidence;
using Pavillon.Web;

namespace Pavillon.Collect.Web;

/// <summary>
/// Loads home pages (https first, then http; redirects followed one hop at a time, each hop recorded) and small
/// JSON documents such as NodeInfo. Never throws for network failures: they become errors in the result.
/// </summary>
public sealed partial class WebFetcher(HttpClient client, ScanOptions options, TlsProbe tlsProbe)
{
    private const int MaxJsonBytes = 1024 * 1024;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    // UTF-8 and UTF-16 byte order marks, without throwing on invalid bytes (a page is decoded, never rejected).
    private static readonly Encoding[] ByteOrderMarks = [new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true)];

    /// <summary>Loads the home page at <paramref name="start"/>: https first, then http when https gives no answer at all.</summary>
    public async Task<WebFetch> FetchHomePageAsync(Uri start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var first = await FollowAsync(start, cancellationToken).ConfigureAwait(false);
        if (first.FinalUrl is not null || start.Scheme != Uri.UriSchemeHttps || first.Hops.Any(h => h.Status is not null))
        {
            return first;
        }

        // No HTTPS answer at all: the site may serve plain HTTP only.
        var plain = new UriBuilder(start) { Scheme = Uri.UriSchemeHttp, Port = -1 }.Uri;
        var second = await FollowAsync(plain, cancellationToken).ConfigureAwait(false);
        return second with
        {
            StartUrl = start.AbsoluteUri,
            Hops = [.. first.Hops, .. second.Hops],
            Error = second.FinalUrl is null ? $"{first.Error}; {second.Error}" : null,
        };
    }

    /// <summary>Reads a JSON document (at most 1 MiB); returns the parsed document or an error message.</summary>
    public async Task<(JsonDocument? Document, string? Error)> GetJsonAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Clear();
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"HTTP {(int)response.StatusCode} for {url}");
            }

            var (bytes, truncated) = await ReadCappedAsync(response.Content, MaxJsonBytes, cancellationToken).ConfigureAwait(false);
            if (truncated)
            {
                return (null, $"{url} is larger than {MaxJsonBytes} bytes");
            }

            return (JsonDocument.Parse(bytes), null);
        }
        catch (JsonException ex)
        {
            return (null, $"{url} is not JSON: {ex.Message}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            return (null, Describe(ex, url));
        }
    }

    private async Task<WebFetch> FollowAsync(Uri start, CancellationToken cancellationToken)
    {
        var hops = new List<HttpHop>();
        var url = start;
        for (var redirects = 0; ; redirects++)
        {
            // HttpClient.Timeout stops at the headers; this also bounds the body of a server that trickles it.
            using var requestTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            requestTimeout.CancelAfter(options.Timeout * 2);
            var token = requestTimeout.Token;
            HttpResponseMessage response;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException && !cancellationToken.IsCancellationRequested)
            {
                var error = Describe(ex, url);
                hops.Add(new HttpHop(url.AbsoluteUri) { Error = error });
                return new WebFetch(start.AbsoluteUri, hops) { Error = error };
            }

            using (response)
            {
                var hop = new HttpHop(url.AbsoluteUri)
                {
                    Status = (int)response.StatusCode,
                    Headers = CollectHeaders(response),
                };
                if (url.Scheme == Uri.UriSchemeHttps)
                {
                    var (certificate, _) = await tlsProbe.ReadCertificateAsync(url.IdnHost, url.Port, cancellationToken).ConfigureAwait(false);
                    hop = hop with { Certificate = certificate };
                }

                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    hops.Add(hop);
                    var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                    if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                    {
                        return new WebFetch(start.AbsoluteUri, hops) { Error = $"redirect to a non-web URL {next}" };
                    }

                    if (redirects + 1 > options.MaxRedirects)
                    {
                        return new WebFetch(start.AbsoluteUri, hops) { Error = $"more than {options.MaxRedirects} redirects" };
                    }

                    url = next;
                    continue;
                }

                hops.Add(hop);
                PageFacts? page = null;
                string? bodyError = null;
                if (IsHtml(response))
                {
                    try
                    {
                        var (bytes, truncated) = await ReadCappedAsync(response.Content, options.MaxBodyBytes, token).ConfigureAwait(false);
                        var html = Decode(bytes, response.Content.Headers.ContentType?.CharSet);
                        page = PageParser.Parse(html, url, truncated);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException && !cancellationToken.IsCancellationRequested)
                    {
                        bodyError = $"{url}: the page body could not be read ({(ex is OperationCanceledException ? "too slow" : ex.Message)})";
                    }
                }

                return new WebFetch(start.AbsoluteUri, hops)
                {
                    FinalUrl = url.AbsoluteUri,
                    Page = page,
                    Error = status >= 400 ? $"HTTP {status} at {url}" : bodyError,
                };
            }
        }
    }

    private static Dictionary<string, string> CollectHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            var key = name.ToLowerInvariant();
            // Cookies carry personal data and no attribution signal beyond their names.
            var value = key == "set-cookie"
                ? string.Join(", ", values.Select(v => v.Split('=', 2)[0]))
                : string.Join(", ", values);
            headers[key] = headers.TryGetValue(key, out var existing) ? existing + ", " + value : value;
        }

        return headers;
    }

    private static bool IsHtml(HttpResponseMessage response)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        return mediaType is null || mediaType.Contains("html", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(byte[] Bytes, bool Truncated)> ReadCappedAsync(HttpContent content, int cap, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length <= cap)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return (buffer.ToArray(), false);
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        return (bytes[..cap], true);
    }

    /// <summary>
    /// Decodes a body as browsers do: a byte order mark wins (and is dropped), then the header's charset, then a
    /// meta charset in the first 2,048 bytes, else UTF-8.
    /// </summary>
    internal static string Decode(byte[] bytes, string? headerCharset)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        foreach (var withMark in ByteOrderMarks)
        {
            var mark = withMark.Preamble;
            if (bytes.AsSpan().StartsWith(mark))
            {
                return withMark.GetString(bytes, mark.Length, bytes.Length - mark.Length);
            }
        }

        var encoding = TryEncoding(headerCharset);
        if (encoding is null)
        {
            var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
            var meta = MetaCharset().Match(head);
            encoding = meta.Success ? TryEncoding(meta.Groups[1].Value) : null;
        }

        return (encoding ?? Encoding.UTF8).GetString(bytes);
    }

    private static Encoding? TryEncoding(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var normalised = name.Trim().Trim('"', '\'').ToLowerInvariant();

        // Browsers read ISO-8859-1 and ASCII labels as windows-1252, whose 0x80-0x9F range holds the typographic
        // apostrophe, the euro sign and the French oe ligature; Latin-1 would turn them into control characters.
        if (normalised is "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252")
        {
            return Windows1252;
        }

        try
        {
            // The code-page provider is asked directly, so that decoding does not depend on its registration.
            return CodePagesEncodingProvider.Instance.GetEncoding(normalised) ?? Encoding.GetEncoding(normalised);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Describe(Exception ex, Uri url)
    {
        var message = ex switch
        {
            TaskCanceledException => "no answer before the timeout",
            HttpRequestException { InnerException: { } inner } => $"{ex.Message} ({inner.Message})",
            _ => ex.Message,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{url}: {message}");
    }

    [GeneratedRegex("<meta[^>]+charset=[\"']?([A-Za-z0-9_\\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
