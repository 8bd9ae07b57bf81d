using Pavillon.Evidence;

namespace Pavillon.Web;

/// <summary>
/// Tells share buttons ("share this page on X") from profile links ("follow us on X"). Attribution keeps
/// only profile links: a share button names a network the visitor may use, not one the organisation uses.
/// </summary>
/// <remarks>
/// Follow intents (twitter.com/intent/follow?screen_name=..., intent/user) are not share links: they
/// name the organisation's own account, so they count as a profile link (see
/// <see cref="SocialProfileUrl.FromFollowIntent"/>). Mastodon's /authorize_interaction (remote follow) likewise.
/// </remarks>
public static class ShareLinkDetector
{
    // Hosts whose only purpose is sharing, whatever the path.
    private static readonly string[] ShareServices =
    [
        "addtoany.com", "sharethis.com", "addthis.com", "s2f.kytta.dev", "toot.kytta.dev", "mastodonshare.com",
        "share.diasporafoundation.org", "sharetomastodon.github.io", "shareopenly.org",
    ];

    private static readonly HashSet<string> ShareClassWords = new(StringComparer.Ordinal)
    {
        "share", "shares", "sharing", "sharer", "partage", "partager", "partagez", "sharethis", "addtoany", "a2a",
        "shariff", "sharedaddy", "ssba", "essb", "addthis", "heateor", "sharebar", "socialshare",
    };

    private static readonly HashSet<string> FollowClassWords = new(StringComparer.Ordinal)
    {
        "follow", "followus", "suivez", "suivre", "suiveznous", "nous-suivre", "retrouvez", "rejoignez",
    };

    private static readonly string[] SharePhrases =
    [
        "share on", "share to", "share via", "share this", "share by", "share with", "tweet this",
        "partager sur", "partager par", "partager via", "partager avec", "partager cet", "partager ce", "partager la",
        "partager le", "partager l'", "partager l’", "partagez sur", "partagez cet", "partagez ce",
    ];

    private static readonly string[] FollowPhrases =
    [
        "follow us", "follow", "suivez-nous", "suivez nous", "nous suivre", "retrouvez-nous", "retrouvez nous",
        "rejoignez-nous", "rejoignez nous", "abonnez-vous", "join us",
    ];

    /// <summary>
    /// True when <paramref name="url"/> is a share endpoint, or when the link's classes, text or label say
    /// "share"/"partager" and nothing about the block says "follow"/"suivez-nous".
    /// </summary>
    /// <param name="url">The link target (absolute).</param>
    /// <param name="link">The link as found on the page, for its classes, text and label.</param>
    public static bool IsShareLink(Uri url, PageLink link)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(link);
        if (IsShareUrl(url))
        {
            return true;
        }

        if (SocialProfileUrl.FromFollowIntent(url) is not null)
        {
            return false;
        }

        // A block that invites to follow is not a share block, even if its styling borrows "share" names.
        return SaysShare(link) && !SaysFollow(link);
    }

    /// <summary>True when <paramref name="url"/> alone is a share endpoint of a known network or share service.</summary>
    public static bool IsShareUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            return false;
        }

        var query = url.Query;
        switch (url.Scheme.ToLowerInvariant())
        {
            case "mailto":
            case "sms":
                // "Send this page by e-mail": a prefilled subject or body. A bare address is a contact, not a share.
                return Has(url.OriginalString, "subject=") || Has(url.OriginalString, "body=");
            case "javascript":
                return url.OriginalString.Contains("print", StringComparison.OrdinalIgnoreCase)
                    || url.OriginalString.Contains("share", StringComparison.OrdinalIgnoreCase);
            case "whatsapp":
            case "fb-messenger":
            case "tg":
                return true;
            case "http":
            case "https":
                break;
            default:
                return false;
        }

        var host = WebUrl.CanonicalHost(url);
        var path = url.AbsolutePath.TrimEnd('/').ToLowerInvariant();
        foreach (var service in ShareServices)
        {
            if (WebUrl.IsHostUnder(host, service))
            {
                return true;
            }
        }

        if (Under(host, "facebook.com"))
        {
            return path is "/sharer.php" or "/sharer/sharer.php" or "/sharer" or "/share.php" or "/share" or "/dialog/share"
                or "/dialog/feed" or "/dialog/send" or "/plugins/share_button.php"
                || path.StartsWith("/share/", StringComparison.Ordinal);
        }

        if (Under(host, "twitter.com") || Under(host, "x.com"))
        {
            return path is "/intent/tweet" or "/intent/post" or "/intent/retweet" or "/intent/like" or "/share"
                || (path == "/home" && Has(query, "status="));
        }

        if (Under(host, "linkedin.com"))
        {
            return path is "/sharearticle" or "/sharing/share-offsite" or "/cws/share" || Has(query, "shareactive=");
        }

        if (host.StartsWith("pinterest.", StringComparison.Ordinal) || host.Contains(".pinterest.", StringComparison.Ordinal))
        {
            return path.StartsWith("/pin/create", StringComparison.Ordinal) || path == "/pin/find";
        }

        if (Under(host, "bsky.app"))
        {
            return path == "/intent/compose";
        }

        if (Under(host, "threads.net") || Under(host, "threads.com"))
        {
            return path == "/intent/post";
        }

        if (Under(host, "t.me") || Under(host, "telegram.me"))
        {
            return path == "/share" || path.StartsWith("/share/", StringComparison.Ordinal);
        }

        if (Under(host, "wa.me"))
        {
            return Has(query, "text=");
        }

        if (Under(host, "whatsapp.com"))
        {
            return path == "/send";
        }

        var known = host switch
        {
            _ when Under(host, "reddit.com") => path == "/submit",
            _ when Under(host, "tumblr.com") => path is "/widgets/share/tool" or "/share" || path.StartsWith("/share/", StringComparison.Ordinal),
            _ when Under(host, "vk.com") => path == "/share.php",
            _ when Under(host, "xing.com") => path is "/spi/shares/new" or "/social/share/spi" || path.StartsWith("/spi/shares", StringComparison.Ordinal),
            _ when Under(host, "getpocket.com") => path is "/save" or "/edit",
            _ when Under(host, "news.ycombinator.com") => path == "/submitlink",
            _ when Under(host, "line.me") => path.StartsWith("/lineit/share", StringComparison.Ordinal) || path.StartsWith("/r/msg/text", StringComparison.Ordinal),
            _ when Under(host, "flipboard.com") => path.StartsWith("/bookmarklet", StringComparison.Ordinal),
            _ when Under(host, "buffer.com") || Under(host, "bufferapp.com") => path == "/add",
            _ => false,
        };
        if (known)
        {
            return true;
        }

        // Mastodon and its relatives on any instance: /share?text= (compose a post), /interact/... (boost,
        // favourite or reply to a post from one's own instance). Also Facebook-style sharers on clones.
        return (path == "/share" && (Has(query, "text=") || Has(query, "url=")))
            || path == "/interact" || path.StartsWith("/interact/", StringComparison.Ordinal)
            || path.EndsWith("/sharer.php", StringComparison.Ordinal);
    }

    private static bool SaysShare(PageLink link)
    {
        if (HasWord(link.Classes, ShareClassWords))
        {
            return true;
        }

        foreach (var text in (string?[])[link.Text, link.Label])
        {
            if (text is null)
            {
                continue;
            }

            var lower = text.Trim().ToLowerInvariant();
            if (lower is "share" or "partager" or "partagez" or "partage" or "tweeter" || ContainsAny(lower, SharePhrases))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SaysFollow(PageLink link)
    {
        if (HasWord(link.Classes, FollowClassWords))
        {
            return true;
        }

        return ContainsAny(link.Text?.ToLowerInvariant(), FollowPhrases) || ContainsAny(link.Label?.ToLowerInvariant(), FollowPhrases);
    }

    /// <summary>True when a class name or one of its parts (split on "-" and "_") is one of <paramref name="words"/>.</summary>
    private static bool HasWord(string? classes, HashSet<string> words)
    {
        if (string.IsNullOrWhiteSpace(classes))
        {
            return false;
        }

        foreach (var name in classes.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Contains(name))
            {
                return true;
            }

            foreach (var part in name.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (words.Contains(part))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ContainsAny(string? text, string[] phrases)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Under(string host, string domain) => WebUrl.IsHostUnder(host, domain);

    private static bool Has(string query, string parameter) =>
        query.Contains("?" + parameter, StringComparison.OrdinalIgnoreCase) || query.Contains("&" + parameter, StringComparison.OrdinalIgnoreCase);
}
