using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pavillon.EndToEnd.Infrastructure;

/// <summary>One resource record of the mini-internet, names absolute, lower case and in punycode.</summary>
/// <param name="Name">Owner name without the trailing dot ("" for the root).</param>
/// <param name="Type">Record type in upper case.</param>
/// <param name="Data">Presentation-form data as written in a zone file.</param>
public sealed record DnsRecord(string Name, string Type, string Data)
{
    private static readonly IdnMapping Idn = new();

    private static readonly HashSet<string> NameTargetTypes = ["CNAME", "NS", "PTR", "DNAME"];

    /// <summary>
    /// Parses "NAME TYPE DATA": NAME may be Unicode (converted to punycode) or an IP address (converted to its
    /// reverse name); host names in the data of CNAME, NS, PTR and MX records get their trailing dot; TXT data
    /// without quotes is quoted and split into 255-byte strings.
    /// </summary>
    public static DnsRecord Parse(string line)
    {
        var parts = line.Trim().Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
        {
            throw new FormatException($"DNS fixture line '{line}' is not 'NAME TYPE DATA'.");
        }

        var name = IPAddress.TryParse(parts[0], out var address) ? ReverseName(address) : ToAscii(parts[0]);
        var type = parts[1].ToUpperInvariant();
        var data = parts[2].Trim();
        data = type switch
        {
            _ when NameTargetTypes.Contains(type) => Absolute(ToAscii(data)),
            "MX" => MxData(data),
            "TXT" or "SPF" => TxtData(data),
            "SOA" => data,
            _ => data,
        };
        return new DnsRecord(name, type, data);
    }

    /// <summary>Punycode, lower case, without the trailing dot.</summary>
    public static string ToAscii(string name)
    {
        var trimmed = name.Trim().TrimEnd('.');
        return trimmed.Length == 0 ? string.Empty : Idn.GetAscii(trimmed).ToLowerInvariant();
    }

    /// <summary>The in-addr.arpa or ip6.arpa name of an address.</summary>
    public static string ReverseName(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return string.Join('.', address.GetAddressBytes().Reverse()) + ".in-addr.arpa";
        }

        var nibbles = new StringBuilder();
        foreach (var b in address.GetAddressBytes().Reverse())
        {
            nibbles.Append(CultureInfo.InvariantCulture, $"{b & 0xF:x}.{b >> 4:x}.");
        }

        return nibbles + "ip6.arpa";
    }

    /// <summary>True when this record's owner is <paramref name="zone"/> or below it.</summary>
    public bool IsAtOrBelow(string zone) =>
        zone.Length == 0 || Name == zone || Name.EndsWith("." + zone, StringComparison.Ordinal);

    /// <summary>The zone-file line.</summary>
    public string ToZoneLine() => $"{Absolute(Name)}\t300\tIN\t{Type}\t{Data}";

    private static string Absolute(string name) => name.Length == 0 ? "." : name + ".";

    private static string MxData(string data)
    {
        var parts = data.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? $"{parts[0]} {Absolute(ToAscii(parts[1]))}" : throw new FormatException($"MX data '{data}' is not 'PREFERENCE HOST'.");
    }

    private static string TxtData(string data)
    {
        if (data.StartsWith('"'))
        {
            return data;
        }

        var chunks = data.Chunk(255).Select(chunk => "\"" + new string(chunk).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"");
        return string.Join(' ', chunks);
    }
}
