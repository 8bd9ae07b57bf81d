namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>Who hosts the website.</summary>
public sealed record HostingExpectation
{
    /// <summary>Provider id of hosting.provider; "none" when no provider must be named.</summary>
    public string? Provider { get; init; }

    public string? Country { get; init; }

    public string? Jurisdiction { get; init; }

    public bool? SelfHosted { get; init; }

    /// <summary>Provider ids that must appear among hosting.layers (edge, platform, host, network).</summary>
    public List<string>? Layers { get; init; }

    /// <summary>Evidence kinds (cname, ptr, asn, http-header...) that must back at least one layer.</summary>
    public List<string>? EvidenceKinds { get; init; }
}
