namespace Pavillon.Network;

/// <summary>
/// Enumerates a snapshot by autonomous system rather than by address: how much IPv4 space each AS
/// announces. Used to measure which share of the routed space the knowledge base can name.
/// </summary>
public static class IpDataAddressSpace
{
    /// <summary>
    /// Reads a snapshot file and totals its IPv4 ranges per origin AS.
    /// </summary>
    /// <param name="snapshotPath">Path of a snapshot file (for example <see cref="IpDataSnapshot.DefaultPath"/>).</param>
    /// <returns>One entry per AS that originates at least one IPv4 range, largest address count first, then by AS number.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a snapshot, is truncated, or has an unsupported format version.</exception>
    public static IReadOnlyList<AsAddressSpace> ByAs(string snapshotPath)
    {
        ArgumentNullException.ThrowIfNull(snapshotPath);
        var t = IpDataFormat.Read(Path.GetFullPath(snapshotPath));
        var addresses = new long[t.AsNumbers.Length];
        var ranges = new int[t.AsNumbers.Length];
        for (var i = 0; i < t.V4Starts.Length; i++)
        {
            // Inclusive ends: 0.0.0.0-255.255.255.255 holds 2^32 addresses, which needs the long.
            addresses[t.V4As[i]] += (long)t.V4Ends[i] - t.V4Starts[i] + 1;
            ranges[t.V4As[i]]++;
        }

        var result = new List<AsAddressSpace>();
        for (var a = 0; a < t.AsNumbers.Length; a++)
        {
            if (ranges[a] == 0)
            {
                continue;
            }

            var holder = t.AsHolders[a];
            result.Add(new AsAddressSpace(t.AsNumbers[a], holder < 0 ? null : t.Holders[holder], t.AsCountries[a], addresses[a], ranges[a]));
        }

        result.Sort((x, y) => y.Ipv4Addresses != x.Ipv4Addresses ? y.Ipv4Addresses.CompareTo(x.Ipv4Addresses) : x.Asn.CompareTo(y.Asn));
        return result;
    }
}
