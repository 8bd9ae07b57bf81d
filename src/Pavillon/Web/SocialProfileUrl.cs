using System.Text;

namespace Pavillon.Web;

/// <summary>
/// Canonical forms of social profile URLs, so that the same account linked as
/// "http://m.facebook.com/Parti/?utm_source=site" and "https://www.facebook.com/Parti" counts once.
/// </summary>
public static class SocialProfileUrl
{
    // Parameters that say where a click came from, never which profile it leads to.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "twclid", "igshid", "igsh", "mc_cid", "mc_eid", "_ga", "_gl", "mkt_tok",
        "ref", "ref_src", "ref_url", "refsrc", "si", "feature", "trk", "trkinfo", "originalsubdomain", "hc_ref",
        "hc_location", "fref", "__tn__", "__cft__", "__xts__", "hl", "locale", "lang", "app", "sub_confirmation",
        "is_from_webapp", "sender_device", "epik", "share_id", "sharer",
    };

    // Parameters that are tracking on these networks only (elsewhere "s" or "t" may select content).
    private static readonly string[] TwitterTrackingParameters = ["s", "t", "src", "lang"];

    /// <summary>
    /// Canonical form of a profile URL: https, host without "www.", "m.", "mobile." (and Facebook's
    /// "web.", "mbasic.", "touch.", language prefixes such as "fr-fr.", LinkedIn's country prefixes
    /// such as "fr."), tracking parameters removed (utm_*, fbclid, gclid, igshid, si...), no fragment,
    /// no trailing slash. Parameters that select the profile (facebook.com/profile.php?id=...) are kept.
    /// </summary>
    /// <returns>The canonical URL; <paramref name="url"/> itself when it is not an absolute http(s) URL.</returns>
    public static Uri Normalise(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!WebUrl.IsHttp(url))
        {
            return url;
        }

        var host = CanonicalHost(url.IdnHost);
        var path = url.AbsolutePath.Length > 1 ? url.AbsolutePath.TrimEnd('/') : string.Empty;
        var twitter = WebUrl.IsHostUnder(host, "twitter.com") || WebUrl.IsHostUnder(host, "x.com");
        var builder = new StringBuilder("https://").Append(host);
        if (!url.IsDefaultPort)
        {
            builder.Append(':').Append(url.Port);
        }

        builder.Append(path.Length == 0 ? "/" : path);
        var separator = '?';
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(pair.Split('=', 2)[0]);
            if (name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
                || TrackingParameters.Contains(name)
                || (twitter && TwitterTrackingParameters.Contains(name, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            builder.Append(separator).Append(pair);
            separator = '&';
        }

        return new Uri(builder.ToString());
    }

    /// <summary>
    /// Host of a social network as people name it: lower case, no "www.", "m.", "mobile.", and for
    /// facebook.com also no "web.", "mbasic.", "touch." or language prefix ("fr-fr."), for linkedin.com
    /// no two-letter country prefix ("fr.").
    /// </summary>
    public static string CanonicalHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = WebUrl.CanonicalHost(host);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return name;
        }

        var first = name[..dot];
        var rest = name[(dot + 1)..];
        if (rest == "facebook.com" && (first is "web" or "mbasic" or "touch" or "free" || IsLanguageTag(first)))
        {
            return rest;
        }

        if (rest == "linkedin.com" && first.Length == 2 && first.All(char.IsAsciiLetterLower))
        {
            return rest;
        }

        return name;
    }

    /// <summary>
    /// The profile a follow button points at: twitter.com or x.com "/intent/follow?screen_name=NAME"
    /// (also "/intent/user") gives "https://x.com/NAME" on the same host as the button.
    /// </summary>
    /// <returns>The profile URL, or null when <paramref name="url"/> is not a follow intent.</returns>
    public static Uri? FromFollowIntent(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!WebUrl.IsHttp(url))
        {
            return null;
        }

        var host = CanonicalHost(url.IdnHost);
        if (!(WebUrl.IsHostUnder(host, "twitter.com") || WebUrl.IsHostUnder(host, "x.com")))
        {
            return null;
        }

        var path = url.AbsolutePath.TrimEnd('/').ToLowerInvariant();
        if (path is not ("/intent/follow" or "/intent/user"))
        {
            return null;
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && parts[0].Equals("screen_name", StringComparison.OrdinalIgnoreCase))
            {
                var name = Uri.UnescapeDataString(parts[1]).TrimStart('@');
                if (name.Length is > 0 and <= 50 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                {
                    return new Uri("https://" + host + "/" + name);
                }
            }
        }

        return null;
    }

    private static bool IsLanguageTag(string label) =>
        label.Length == 5 && label[2] == '-' && char.IsAsciiLetterLower(label[0]) && char.IsAsciiLetterLower(label[1])
        && char.IsAsciiLetterLower(label[3]) && char.IsAsciiLetterLower(label[4]);
}
