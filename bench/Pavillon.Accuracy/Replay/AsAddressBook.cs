using System.Globalization;
using System.Net;
using Pavillon.Network;

namespace Pavillon.Accuracy.Replay;

/// <summary>
/// One IPv4 address announced by each autonomous system, taken from the shipped IP data snapshot: the second
/// address of the lowest range the snapshot assigns to the AS. The same snapshot always gives the same address.
/// </summary>
public sealed class AsAddressBook
{
    private readonly Dictionary<int, string> _addresses;

    private AsAddressBook(Dictionary<int, string> addresses) => _addresses = addresses;

    /// <summary>Walks the IPv4 ranges of <paramref name="snapshot"/> in ascending order until every wanted AS has an address.</summary>
    public static AsAddressBook Build(IpDataSnapshot snapshot, IEnumerable<int> wanted)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var missing = wanted.ToHashSet();
        var found = new Dictionary<int, string>();
        ulong value = 1UL << 24; // 0.0.0.0/8 is never routed.
        while (value <= uint.MaxValue && missing.Count > 0)
        {
            var info = snapshot.Lookup(ToAddress((uint)value));
            if (info is null)
            {
                // Unrouted: move to the next /24 (a routed range shorter than a /24 is never needed here).
                value = (value | 0xFF) + 1;
                continue;
            }

            var (first, last) = Bounds(info.Range, (uint)value);
            if (missing.Remove(info.Asn))
            {
                found[info.Asn] = ToAddress(last > first ? first + 1 : first).ToString();
            }

            value = (ulong)last + 1;
        }

        return new AsAddressBook(found);
    }

    /// <summary>The address chosen for <paramref name="asn"/>, or null when the snapshot announces nothing for it.</summary>
    public string? AddressOf(int asn) => _addresses.GetValueOrDefault(asn);

    private static IPAddress ToAddress(uint value) => new([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    private static uint ToUInt32(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return ((uint)b[0] << 24) | ((uint)b[1] << 16) | ((uint)b[2] << 8) | b[3];
    }

    // The snapshot writes a range as "a.b.c.d/n" when it is one prefix, else as "first-last".
    private static (uint First, uint Last) Bounds(string range, uint fallback)
    {
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            return (ToUInt32(IPAddress.Parse(range[..dash])), ToUInt32(IPAddress.Parse(range[(dash + 1)..])));
        }

        var slash = range.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var first = ToUInt32(IPAddress.Parse(range[..slash]));
            var length = int.Parse(range[(slash + 1)..], CultureInfo.InvariantCulture);
            var size = length == 0 ? uint.MaxValue : (1U << (32 - length)) - 1;
            return (first, first + size);
        }

        return (fallback, fallback);
    }
}
