namespace Pavillon.Model;

/// <summary>
/// A provider as it appears in results (JSON PROVIDER). <see cref="Country"/> is the country of the
/// provider's own entity; <see cref="Jurisdiction"/> that of its ultimate parent.
/// </summary>
public sealed record ProviderRef
{
    /// <summary>Knowledge-base id, "asn:NNNN" for an AS not in the knowledge base, "self" for the organisation itself, "unknown" when nothing is known.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 of the provider's own entity; null when unknown.</summary>
    public string? Country { get; init; }

    /// <summary>ISO 3166-1 alpha-2 of the ultimate parent; null when unknown.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>Parent chain from the immediate parent up to the ultimate parent.</summary>
    public IReadOnlyList<ParentRef> Parents { get; init; } = [];

    /// <summary>False when the provider was not found in the knowledge base (fallback from IP data).</summary>
    public bool InKnowledgeBase { get; init; } = true;
}

/// <summary>One link of a parent chain.</summary>
public sealed record ParentRef(string? Id, string Name, string Country);
