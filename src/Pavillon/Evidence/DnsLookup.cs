namespace Pavillon.Evidence;

/// <summary>The outcome class of a DNS query; NXDOMAIN and "no data" are answers, not failures.</summary>
public enum DnsStatus
{
    /// <summary>The server answered (possibly with no record of that type).</summary>
    NoError,

    /// <summary>The name does not exist.</summary>
    NxDomain,

    ServFail,

    Refused,

    /// <summary>No answer within the timeout, after retries.</summary>
    Timeout,

    /// <summary>Any other failure (malformed answer, network error).</summary>
    Error,
}

/// <summary>One DNS question and its answer.</summary>
/// <param name="Name">The name asked (lower case, punycode, no trailing dot).</param>
/// <param name="Type">A, AAAA, CNAME, MX, NS, TXT, PTR, SOA, CAA.</param>
/// <param name="Status">Outcome class.</param>
/// <param name="Answers">Records in the answer section, CNAMEs included, in order.</param>
public sealed record DnsLookup(string Name, string Type, DnsStatus Status, IReadOnlyList<DnsAnswer> Answers)
{
    /// <summary>Error detail for Timeout/Error statuses.</summary>
    public string? Error { get; init; }
}

/// <summary>One resource record. <paramref name="Data"/> is the presentation form: "10 mx.example.fr" for MX, the target name for CNAME, the text (joined) for TXT.</summary>
public sealed record DnsAnswer(string Name, string Type, string Data, int Ttl);
