namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>A Fediverse instance: the web fixture answers /.well-known/nodeinfo and the NodeInfo 2.0 document for it.</summary>
public sealed record NodeInfoSpec
{
    public string Host { get; init; } = string.Empty;

    /// <summary>software.name, for example mastodon or peertube.</summary>
    public string Software { get; init; } = string.Empty;

    public string Version { get; init; } = "1.0.0";
}
