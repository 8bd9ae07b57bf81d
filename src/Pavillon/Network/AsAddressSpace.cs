namespace Pavillon.Network;

/// <summary>The IPv4 address space one autonomous system originates in the IP data snapshot.</summary>
/// <param name="Asn">AS number.</param>
/// <param name="Holder">AS holder name as registered; null when the sources name none.</param>
/// <param name="AsCountry">Registry country of the AS (ISO 3166-1 alpha-2); null when unknown.</param>
/// <param name="Ipv4Addresses">
/// Number of IPv4 addresses in the ranges the AS originates. Ranges in the snapshot are disjoint (a more
/// specific route is cut out of the covering one), so an address counts once, for its most specific origin.
/// </param>
/// <param name="Ipv4Ranges">Number of disjoint IPv4 ranges of the snapshot that the AS originates.</param>
public sealed record AsAddressSpace(int Asn, string? Holder, string? AsCountry, long Ipv4Addresses, int Ipv4Ranges);
