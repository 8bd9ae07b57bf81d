using System.Globalization;
using System.Net;
using System.Text;

namespace Pavillon.Network;

/// <summary>
/// Reads the ip-location-db CSV files: no header, comma-separated, fields quoted when they hold a comma
/// ("Cloudflare, Inc."), addresses either dotted/colon text or decimal numbers (the "-num" files).
/// </summary>
internal static class UpstreamCsv
{
    public static IEnumerable<string[]> ReadRows(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var fields = new List<string>(4);
        var field = new StringBuilder();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            fields.Clear();
            field.Clear();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c != '"')
                    {
                        field.Append(c);
                    }
                    else if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            if (quoted)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}:{lineNumber}: unterminated quoted field.");
            }

            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }

    /// <summary>Parses an address written as text or as a decimal number.</summary>
    /// <returns>The address as a 128-bit number (IPv4 in the low 32 bits), and whether it is IPv6.</returns>
    public static (UInt128 Value, bool IsV6) ParseAddress(string text, bool numericIsV6, string path)
    {
        text = text.Trim();
        if (text.Contains('.', StringComparison.Ordinal) || text.Contains(':', StringComparison.Ordinal))
        {
            if (!IPAddress.TryParse(text, out var address))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: bad address '{text}'.");
            }

            return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
                ? (IpRangeText.ToUInt32(address), false)
                : (IpRangeText.ToUInt128(address), true);
        }

        if (!UInt128.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || (!numericIsV6 && value > uint.MaxValue))
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: bad address number '{text}'.");
        }

        return (value, numericIsV6);
    }
}
