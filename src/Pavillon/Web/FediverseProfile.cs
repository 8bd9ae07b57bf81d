using System.Diagnostics.CodeAnalysis;
using Pavillon.Domains;

namespace Pavillon.Web;

/// <summary>
/// A URL that has the shape of a Fediverse account, group, video or post. Only a shape: the instance
/// still has to be confirmed with NodeInfo before the link is counted as a Fediverse presence.
/// </summary>
/// <param name="Host">The host the link points at, normalised (lower-case punycode, no "www."): the server to ask NodeInfo.</param>
/// <param name="Account">The account or group name without "@", or null when the URL does not name one (videos, some posts).</param>
/// <param name="AccountHost">
/// Where the account lives: <paramref name="Host"/>, or the other server of a remote handle ("/@user@other.example").
/// Its operator is the one whose jurisdiction reaches the account.
/// </param>
/// <param name="Kind">What the URL points at.</param>
/// <param name="Software">The server software families whose URLs have this shape.</param>
public sealed record FediverseProfile(string Host, string? Account, string AccountHost, FediverseProfileKind Kind, FediverseSoftware Software)
{
    private const FediverseSoftware AtHandle =
        FediverseSoftware.Mastodon | FediverseSoftware.Misskey | FediverseSoftware.Pleroma | FediverseSoftware.Akkoma | FediverseSoftware.GoToSocial;

    private const FediverseSoftware ActorPath =
        FediverseSoftware.Mastodon | FediverseSoftware.Pleroma | FediverseSoftware.Akkoma | FediverseSoftware.GoToSocial
        | FediverseSoftware.Pixelfed | FediverseSoftware.Misskey;

    private const int MaxNameLength = 100;

    /// <summary>
    /// Recognises a Fediverse shape by the path of <paramref name="url"/>: Mastodon-like "/@user",
    /// "/@user@other", "/users/user", "/@user/123"; PeerTube "/a/", "/accounts/", "/c/", "/video-channels/",
    /// "/w/", "/videos/watch/"; Pixelfed "/i/web/profile/" or "/user" on a host named after Pixelfed;
    /// Misskey "/notes/"; Pleroma and Akkoma "/notice/"; Lemmy "/c/", "/u/", "/post/"; Mbin "/m/"; Friendica "/profile/".
    /// Hosts of centralised networks (youtube.com/@channel, medium.com/@author...) never match.
    /// </summary>
    /// <returns>True with the profile when the URL has such a shape; false otherwise.</returns>
    public static bool TryParse(Uri url, [NotNullWhen(true)] out FediverseProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(url);
        profile = null;
        if (!WebUrl.IsHttp(url) || !url.IsDefaultPort)
        {
            return false;
        }

        var host = HostName.Normalise(WebUrl.CanonicalHost(url));
        if (host is null || !host.Contains('.', StringComparison.Ordinal) || url.HostNameType != UriHostNameType.Dns || CentralisedNetworks.Contains(host))
        {
            return false;
        }

        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString)
            .ToArray();
        if (segments.Length == 0)
        {
            return false;
        }

        profile = Shape(host, segments);
        return profile is not null;
    }

    private static FediverseProfile? Shape(string host, string[] s)
    {
        var first = s[0].ToLowerInvariant();
        if (first.Length > 1 && first[0] == '@')
        {
            // Mastodon status ids are numbers; "/@user/media" or "/@user/with_replies" are still the account.
            var kind = s.Length >= 2 && s[1].All(char.IsAsciiDigit) ? FediverseProfileKind.Post : FediverseProfileKind.Account;
            return Handle(host, s[0][1..], kind, AtHandle);
        }

        if (s.Length < 2)
        {
            // "/user" is every website's "/contact": only trusted on hosts that say they run Pixelfed.
            return host.Contains("pixelfed", StringComparison.Ordinal) && IsName(s[0])
                ? new FediverseProfile(host, s[0], host, FediverseProfileKind.Account, FediverseSoftware.Pixelfed)
                : null;
        }

        var second = s[1];
        return first switch
        {
            "users" => Handle(host, second, s.Length >= 4 && s[2] == "statuses" ? FediverseProfileKind.Post : FediverseProfileKind.Account, ActorPath),
            "a" or "accounts" => Handle(host, second, FediverseProfileKind.Account, FediverseSoftware.PeerTube),
            "c" => Handle(host, second, FediverseProfileKind.Group, FediverseSoftware.PeerTube | FediverseSoftware.Lemmy),
            "video-channels" => Handle(host, second, FediverseProfileKind.Group, FediverseSoftware.PeerTube),
            "w" when IsIdentifier(second) || (second == "p" && s.Length >= 3) =>
                new FediverseProfile(host, null, host, FediverseProfileKind.Video, FediverseSoftware.PeerTube),
            "videos" when s.Length >= 3 && second is "watch" or "embed" && IsIdentifier(s[2]) =>
                new FediverseProfile(host, null, host, FediverseProfileKind.Video, FediverseSoftware.PeerTube),
            "i" when s.Length >= 4 && second == "web" && s[2] == "profile" && IsIdentifier(s[3]) =>
                new FediverseProfile(host, s[3], host, FediverseProfileKind.Account, FediverseSoftware.Pixelfed),
            "p" when s.Length >= 3 && host.Contains("pixelfed", StringComparison.Ordinal) => Handle(host, second, FediverseProfileKind.Post, FediverseSoftware.Pixelfed),
            "notes" when IsIdentifier(second) => new FediverseProfile(host, null, host, FediverseProfileKind.Post, FediverseSoftware.Misskey),
            "notice" or "objects" when IsIdentifier(second) =>
                new FediverseProfile(host, null, host, FediverseProfileKind.Post, FediverseSoftware.Pleroma | FediverseSoftware.Akkoma),
            "u" => Handle(host, second, FediverseProfileKind.Account, FediverseSoftware.Lemmy | FediverseSoftware.Mbin),
            "m" => Handle(host, second, FediverseProfileKind.Group, FediverseSoftware.Mbin),
            "post" when IsIdentifier(second) => new FediverseProfile(host, null, host, FediverseProfileKind.Post, FediverseSoftware.Lemmy),
            "profile" => Handle(host, second, FediverseProfileKind.Account, FediverseSoftware.Friendica),
            _ => null,
        };
    }

    /// <summary>"user" or "user@other.example" (a remote account seen through <paramref name="host"/>).</summary>
    private static FediverseProfile? Handle(string host, string handle, FediverseProfileKind kind, FediverseSoftware software)
    {
        var at = handle.IndexOf('@', StringComparison.Ordinal);
        var name = at < 0 ? handle : handle[..at];
        var accountHost = at < 0 ? host : HostName.Normalise(handle[(at + 1)..]);
        if (!IsName(name) || accountHost is null || !accountHost.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return new FediverseProfile(host, name, WebUrl.CanonicalHost(accountHost), kind, software);
    }

    private static bool IsName(string value)
    {
        if (value.Length is 0 or > MaxNameLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // Post and video identifiers: numbers, UUIDs, short base-58 or base-36 ids.
    private static bool IsIdentifier(string value)
    {
        if (value.Length is 0 or > MaxNameLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
