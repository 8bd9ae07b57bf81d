namespace Pavillon.Evidence;

/// <summary>
/// What the registry's RDAP server said about a registered domain (RFC 9083): the registrar entity, the name
/// servers and the registration date. A failure is recorded in <see cref="Error"/>, never thrown.
/// </summary>
/// <param name="Domain">The registrable domain asked about, in punycode.</param>
public sealed record RdapFetch(string Domain)
{
    /// <summary>The RDAP URL asked (after the bootstrap file chose the server); null when no server is known.</summary>
    public string? Url { get; init; }

    /// <summary>HTTP status of the last answer, when one came.</summary>
    public int? Status { get; init; }

    /// <summary>The entity with the role "registrar", when the record names one.</summary>
    public RdapRegistrar? Registrar { get; init; }

    /// <summary>Name servers listed by the registry (lower case, without the trailing dot).</summary>
    public IReadOnlyList<string> Nameservers { get; init; } = [];

    /// <summary>Date of the "registration" event, when given.</summary>
    public DateTimeOffset? Registered { get; init; }

    /// <summary>Why no record was read: no server for the TLD, an HTTP error, a timeout, an unreadable document.</summary>
    public string? Error { get; init; }
}
