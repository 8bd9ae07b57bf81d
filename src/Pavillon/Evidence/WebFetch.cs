namespace Pavillon.Evidence;

/// <summary>An attempt to load a home page, following redirects.</summary>
/// <param name="StartUrl">The first URL asked.</param>
/// <param name="Hops">Each request made, in order (redirects included).</param>
public sealed record WebFetch(string StartUrl, IReadOnlyList<HttpHop> Hops)
{
    /// <summary>What the final page references; null when no HTML page was obtained.</summary>
    public PageFacts? Page { get; init; }

    /// <summary>Why the fetch failed, when it did.</summary>
    public string? Error { get; init; }

    /// <summary>The last URL that answered with a non-redirect status; null when none did.</summary>
    public string? FinalUrl { get; init; }
}

/// <summary>One HTTP request and the response's metadata.</summary>
public sealed record HttpHop(string Url)
{
    public int? Status { get; init; }

    /// <summary>The address that answered, when known.</summary>
    public string? RemoteAddress { get; init; }

    /// <summary>Response headers, names in lower case; repeated headers joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public CertificateFacts? Certificate { get; init; }

    public string? Error { get; init; }
}

/// <summary>The TLS certificate a server presented.</summary>
public sealed record CertificateFacts
{
    public required string Subject { get; init; }

    public required string Issuer { get; init; }

    /// <summary>The O= of the issuer, for example "Let's Encrypt".</summary>
    public string? IssuerOrganisation { get; init; }

    public DateTimeOffset NotBefore { get; init; }

    public DateTimeOffset NotAfter { get; init; }

    /// <summary>SHA-256 of the certificate, hex.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The Authority Key Identifier of the issuing CA, hex, when present.</summary>
    public string? AuthorityKeyId { get; init; }

    public IReadOnlyList<string> SubjectAlternativeNames { get; init; } = [];

    /// <summary>True when the certificate chained to a trusted root (system roots or --ca-cert) and matched the name.</summary>
    public bool Trusted { get; init; }
}
