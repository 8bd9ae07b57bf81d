namespace Pavillon.Evidence;

/// <summary>The result of asking a presumed Fediverse instance for its NodeInfo.</summary>
/// <param name="Host">Instance host name.</param>
public sealed record NodeInfoFetch(string Host)
{
    /// <summary>software.name from NodeInfo (mastodon, peertube, pixelfed...).</summary>
    public string? Software { get; init; }

    public string? Version { get; init; }

    /// <summary>The NodeInfo document URL that was read.</summary>
    public string? DocumentUrl { get; init; }

    public string? Error { get; init; }
}
