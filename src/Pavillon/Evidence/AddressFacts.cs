namespace Pavillon.Evidence;

/// <summary>What is known about one IP address: its network (from the IP data snapshot) and its reverse name.</summary>
public sealed record AddressFacts(string Address)
{
    /// <summary>Origin AS number; null when the snapshot has no route for the address.</summary>
    public int? Asn { get; init; }

    /// <summary>AS holder as registered (for example "OVH SAS").</summary>
    public string? AsHolder { get; init; }

    /// <summary>Country of the AS registration (ISO 3166-1 alpha-2).</summary>
    public string? AsCountry { get; init; }

    /// <summary>The routed prefix the address falls in, as a range "first-last" or CIDR.</summary>
    public string? Prefix { get; init; }

    /// <summary>Country where the address is located (geolocation).</summary>
    public string? Location { get; init; }

    /// <summary>PTR names of the address.</summary>
    public IReadOnlyList<string> Ptr { get; init; } = [];
}
