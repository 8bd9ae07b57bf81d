namespace Pavillon.Network;

/// <summary>What the IP data snapshot says about one address.</summary>
/// <param name="Asn">Origin AS number of the routed range the address falls in.</param>
/// <param name="Holder">AS holder name as registered (for example "OVH SAS"); null when the sources name none.</param>
/// <param name="AsCountry">Registry country of the AS (ISO 3166-1 alpha-2); null when unknown.</param>
/// <param name="Range">
/// The routed range, in CIDR notation when it is exactly one prefix ("51.15.0.0/16"),
/// otherwise as "first-last" ("51.15.0.0-51.15.3.255").
/// </param>
/// <param name="Location">Country where the address is located (ISO 3166-1 alpha-2); null when unknown.</param>
public sealed record IpNetworkInfo(int Asn, string? Holder, string? AsCountry, string Range, string? Location);
