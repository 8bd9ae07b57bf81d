namespace Pavillon.Model;

/// <summary>A service the organisation depends on, who provides it, and why we think so (JSON DEPENDENCY).</summary>
public sealed record Dependency
{
    public required ServiceKind Service { get; init; }

    public required ProviderRef Provider { get; init; }

    /// <summary>Country where the answering servers were seen (IP geolocation); null when not observed.</summary>
    public string? Location { get; init; }

    public required Confidence Confidence { get; init; }

    /// <summary>The host name, URL or address this dependency was found for (for example the MX host).</summary>
    public string? Subject { get; init; }

    /// <summary>The role within the service kind: for web hosting "edge", "platform", "host", "network".</summary>
    public string? Layer { get; init; }

    public required IReadOnlyList<EvidenceItem> Evidence { get; init; }
}
