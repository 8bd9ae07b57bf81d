using System.Globalization;

namespace Pavillon.Collect;

/// <summary>
/// A connection override with curl's --connect-to semantics: a request for HOST1:PORT1 connects to HOST2:PORT2
/// instead. An empty HOST1 or PORT1 matches any host or port; an empty HOST2 or PORT2 keeps the original.
/// </summary>
public sealed record ConnectTo(string FromHost, int? FromPort, string ToHost, int? ToPort)
{
    /// <summary>Parses "HOST1:PORT1:HOST2:PORT2" (IPv6 addresses in brackets). Returns null and an error message when malformed.</summary>
    public static ConnectTo? Parse(string text, out string? error)
    {
        error = null;
        var parts = SplitRespectingBrackets(text);
        if (parts.Count != 4)
        {
            error = $"--connect-to '{text}' must have the form HOST1:PORT1:HOST2:PORT2";
            return null;
        }

        int? fromPort = null, toPort = null;
        if (parts[1].Length > 0)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
            {
                error = $"--connect-to '{text}': PORT1 '{parts[1]}' is not a port number";
                return null;
            }

            fromPort = p;
        }

        if (parts[3].Length > 0)
        {
            if (!int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
            {
                error = $"--connect-to '{text}': PORT2 '{parts[3]}' is not a port number";
                return null;
            }

            toPort = p;
        }

        return new ConnectTo(parts[0].Trim('[', ']').ToLowerInvariant(), fromPort, parts[2].Trim('[', ']'), toPort);
    }

    /// <summary>True when this override applies to a connection for <paramref name="host"/>:<paramref name="port"/>.</summary>
    public bool Matches(string host, int port) =>
        (FromHost.Length == 0 || string.Equals(FromHost, host, StringComparison.OrdinalIgnoreCase)) &&
        (FromPort is null || FromPort == port);

    /// <summary>Applies the first matching override of <paramref name="rules"/>; returns the original when none matches.</summary>
    public static (string Host, int Port) Apply(IReadOnlyList<ConnectTo> rules, string host, int port)
    {
        foreach (var rule in rules)
        {
            if (rule.Matches(host, port))
            {
                return (rule.ToHost.Length == 0 ? host : rule.ToHost, rule.ToPort ?? port);
            }
        }

        return (host, port);
    }

    private static List<string> SplitRespectingBrackets(string text)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        var inBrackets = false;
        foreach (var c in text)
        {
            if (c == '[')
            {
                inBrackets = true;
            }
            else if (c == ']')
            {
                inBrackets = false;
            }

            if (c == ':' && !inBrackets)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }
}
