namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>A provider (or social network) that must be reported, with its countries when given.</summary>
public sealed record ProviderExpectation
{
    public string Id { get; init; } = string.Empty;

    public string? Country { get; init; }

    public string? Jurisdiction { get; init; }

    /// <summary>For social networks: the profile URL.</summary>
    public string? Url { get; init; }

    /// <summary>For Fediverse accounts: the NodeInfo software name.</summary>
    public string? Software { get; init; }

    /// <summary>For Fediverse accounts: the instance host.</summary>
    public string? Instance { get; init; }
}
