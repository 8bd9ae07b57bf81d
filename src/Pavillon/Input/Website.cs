using System.Globalization;

namespace Pavillon.Input;

/// <summary>A website as given by a user ("exemple.fr", "https://www.exemple.fr/accueil", "mairie-évry.fr"), checked and normalised.</summary>
public sealed record Website(Uri Url, string Host)
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    /// <summary>Parses <paramref name="text"/>; returns null and a message naming the problem when it is not a usable domain or http(s) URL.</summary>
    public static Website? Parse(string? text, out string? error)
    {
        error = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            error = "the website is empty";
            return null;
        }

        var withScheme = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "https://" + trimmed;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            error = $"'{trimmed}' is not a domain name or an http(s) URL";
            return null;
        }

        // An address literal is refused by name: the IDN mapping would reject "[2001:db8::1]" as a bad host name.
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            error = $"'{uri.Host.Trim('[', ']')}' is an IP address; give the organisation's domain name";
            return null;
        }

        string host;
        try
        {
            host = Idn.GetAscii(uri.Host.TrimEnd('.')).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            error = $"'{uri.Host}' is not a valid host name";
            return null;
        }

        if (!host.Contains('.', StringComparison.Ordinal) || host.Split('.').Any(l => l.Length is 0 or > 63) || host.Length > 253)
        {
            error = $"'{uri.Host}' is not a fully qualified domain name";
            return null;
        }

        if (System.Net.IPAddress.TryParse(host, out _))
        {
            error = $"'{host}' is an IP address; give the organisation's domain name";
            return null;
        }

        var builder = new UriBuilder(uri) { Host = host };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return new Website(builder.Uri, host);
    }
}
