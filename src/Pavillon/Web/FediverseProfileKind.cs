namespace Pavillon.Web;

/// <summary>What a Fediverse URL points at.</summary>
public enum FediverseProfileKind
{
    /// <summary>A person's or an organisation's account.</summary>
    Account,

    /// <summary>A group: PeerTube channel, Lemmy community, Mbin magazine.</summary>
    Group,

    /// <summary>A video (PeerTube); the account is not in the URL.</summary>
    Video,

    /// <summary>A single post (status, note, notice).</summary>
    Post,
}
