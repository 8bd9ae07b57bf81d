namespace Pavillon.Web;

/// <summary>
/// Hosts of large centralised networks and platforms. Their URLs can look like Fediverse ones
/// (youtube.com/@channel, medium.com/@author, reddit.com/u/name) but never are.
/// </summary>
public static class CentralisedNetworks
{
    private static readonly string[] Domains =
    [
        "twitter.com", "x.com", "t.co", "instagram.com", "facebook.com", "fb.com", "fb.me", "fb.watch", "messenger.com",
        "youtube.com", "youtu.be", "youtube-nocookie.com", "tiktok.com", "linkedin.com", "lnkd.in", "threads.net",
        "threads.com", "snapchat.com", "reddit.com", "redd.it", "medium.com", "substack.com", "tumblr.com", "vimeo.com",
        "dailymotion.com", "dai.ly", "twitch.tv", "telegram.me", "telegram.org", "t.me", "whatsapp.com", "wa.me",
        "discord.com", "discord.gg", "flickr.com", "soundcloud.com", "spotify.com", "deezer.com", "apple.com",
        "google.com", "github.com", "gitlab.com", "bsky.app", "bsky.social", "vk.com", "ok.ru", "weibo.com",
        "linktr.ee", "patreon.com", "quora.com", "wordpress.com", "blogspot.com", "strava.com", "vero.co",
    ];

    // Brands that register a domain per country (pinterest.fr, google.de, amazon.co.uk).
    private static readonly string[] CountryBrands = ["pinterest", "google", "amazon", "tiktok", "linkedin", "facebook"];

    /// <summary>True when <paramref name="host"/> belongs to a known centralised network (subdomains included).</summary>
    public static bool Contains(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = WebUrl.CanonicalHost(host);
        foreach (var domain in Domains)
        {
            if (WebUrl.IsHostUnder(name, domain))
            {
                return true;
            }
        }

        var labels = name.Split('.');
        for (var i = 0; i < labels.Length - 1; i++)
        {
            if (Array.IndexOf(CountryBrands, labels[i]) >= 0 && IsCountryTail(labels.AsSpan(i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCountryTail(ReadOnlySpan<string> tail)
    {
        // "fr", "com", "co.uk", "com.br": one or two short labels.
        if (tail.Length is < 1 or > 2)
        {
            return false;
        }

        foreach (var label in tail)
        {
            if (label.Length is < 2 or > 3)
            {
                return false;
            }
        }

        return true;
    }
}
