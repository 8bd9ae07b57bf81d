namespace Pavillon.Web;

/// <summary>URL helpers shared by the page parser and the social-link classifiers.</summary>
public static class WebUrl
{
    private static readonly string[] HostPrefixes = ["www.", "m.", "mobile."];

    /// <summary>
    /// Resolves <paramref name="raw"/> (as written in an attribute) against <paramref name="baseUri"/> and keeps it
    /// only when it is http or https. Tabs and line breaks are removed first, as browsers do. The host is
    /// given in punycode so that every URL of the same host compares equal.
    /// </summary>
    /// <returns>The absolute URL, or null when <paramref name="raw"/> is empty, malformed or not http(s).</returns>
    public static Uri? Resolve(string? raw, Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim();
        if (text.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
        {
            text = text.Replace("\t", string.Empty, StringComparison.Ordinal)
                .Replace("\n", string.Empty, StringComparison.Ordinal)
                .Replace("\r", string.Empty, StringComparison.Ordinal);
        }

        if (!Uri.TryCreate(baseUri, text, out var uri) || !IsHttp(uri))
        {
            return null;
        }

        return AsciiHost(uri);
    }

    /// <summary>True for an absolute http or https URL.</summary>
    public static bool IsHttp(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }

    /// <summary>The same URL with its host in punycode (System.Uri keeps Unicode hosts in AbsoluteUri).</summary>
    public static Uri AsciiHost(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || string.Equals(uri.Host, uri.IdnHost, StringComparison.Ordinal))
        {
            return uri;
        }

        try
        {
            return new UriBuilder(uri) { Host = uri.IdnHost }.Uri;
        }
        catch (UriFormatException)
        {
            return uri;
        }
    }

    /// <summary>
    /// The host of <paramref name="uri"/> in lower-case punycode, without "www.", "m." or "mobile."
    /// in front (those name the same site for people and for social networks).
    /// </summary>
    public static string CanonicalHost(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return CanonicalHost(uri.IdnHost);
    }

    /// <summary>
    /// <paramref name="host"/> in lower case without a trailing dot and without one leading "www.", "m." or "mobile.".
    /// A prefix is kept when removing it would leave a single label ("m.me" stays "m.me").
    /// </summary>
    public static string CanonicalHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = host.Trim().TrimEnd('.').ToLowerInvariant();
        foreach (var prefix in HostPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.IndexOf('.', prefix.Length) > 0)
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    /// <summary>True when <paramref name="host"/> is <paramref name="domain"/> or a subdomain of it (whole labels).</summary>
    public static bool IsHostUnder(string host, string domain)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(domain);
        return host.Length == domain.Length
            ? host.Equals(domain, StringComparison.OrdinalIgnoreCase)
            : host.Length > domain.Length
                && host[^(domain.Length + 1)] == '.'
                && host.EndsWith(domain, StringComparison.OrdinalIgnoreCase);
    }
}
