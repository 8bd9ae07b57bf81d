namespace Pavillon.Coverage;

/// <summary>An AS among the largest that no provider claims.</summary>
/// <param name="Rank">Rank by IPv4 addresses within the measured set (1 = largest).</param>
/// <param name="Asn">AS number.</param>
/// <param name="Holder">AS holder name from the IP data snapshot.</param>
/// <param name="Country">Registry country of the AS.</param>
/// <param name="Ipv4Addresses">IPv4 addresses the AS originates.</param>
internal sealed record AsnGap(int Rank, int Asn, string? Holder, string? Country, long Ipv4Addresses);
