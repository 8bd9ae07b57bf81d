namespace Pavillon.Web;

/// <summary>Fediverse server software families a URL shape is compatible with; NodeInfo tells which one runs.</summary>
[Flags]
public enum FediverseSoftware
{
    /// <summary>No family.</summary>
    None = 0,

    /// <summary>Mastodon (and its forks: Hometown, Glitch).</summary>
    Mastodon = 1 << 0,

    /// <summary>PeerTube, video hosting.</summary>
    PeerTube = 1 << 1,

    /// <summary>Pixelfed, photo sharing.</summary>
    Pixelfed = 1 << 2,

    /// <summary>Misskey and its forks (Firefish, Sharkey, Iceshrimp).</summary>
    Misskey = 1 << 3,

    /// <summary>Pleroma.</summary>
    Pleroma = 1 << 4,

    /// <summary>Akkoma, a Pleroma fork.</summary>
    Akkoma = 1 << 5,

    /// <summary>GoToSocial.</summary>
    GoToSocial = 1 << 6,

    /// <summary>Lemmy, link aggregation and forums.</summary>
    Lemmy = 1 << 7,

    /// <summary>Mbin (formerly kbin), link aggregation.</summary>
    Mbin = 1 << 8,

    /// <summary>Friendica.</summary>
    Friendica = 1 << 9,
}
