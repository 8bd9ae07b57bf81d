namespace Pavillon.Network;

/// <summary>What a snapshot file holds: returned by a build or an update, and by <see cref="IpDataSnapshot.Summary"/>.</summary>
/// <param name="Path">Full path of the snapshot file.</param>
/// <param name="FormatVersion">Version of the binary format (see data/ipdata/README.md).</param>
/// <param name="Date">Date of the data, ISO 8601 ("2026-06-17").</param>
/// <param name="Sources">Upstream packages with version, licence and required credit, one line each.</param>
/// <param name="Ipv4Ranges">Number of routed IPv4 ranges.</param>
/// <param name="Ipv6Ranges">Number of routed IPv6 ranges.</param>
/// <param name="AsCount">Number of autonomous systems in the AS table.</param>
/// <param name="AsWithCountry">Number of autonomous systems that have a registry country.</param>
/// <param name="Ipv4LocationRanges">Number of IPv4 ranges with a location country.</param>
/// <param name="Ipv6LocationRanges">Number of IPv6 ranges with a location country.</param>
/// <param name="SizeBytes">Size of the snapshot file, in bytes.</param>
public sealed record IpDataSummary(
    string Path,
    int FormatVersion,
    string Date,
    IReadOnlyList<string> Sources,
    int Ipv4Ranges,
    int Ipv6Ranges,
    int AsCount,
    int AsWithCountry,
    int Ipv4LocationRanges,
    int Ipv6LocationRanges,
    long SizeBytes);
