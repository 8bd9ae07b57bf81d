using System.Globalization;

namespace Pavillon.Domains;

/// <summary>
/// Host name normalisation shared by everything that compares or looks up host names, so that
/// "WWW.Example.FR.", "www.example.fr" and an internationalised spelling all meet as one key.
/// </summary>
public static class HostName
{
    /// <summary>Longest host name in presentation form, without the trailing dot (RFC 1035: 255 octets on the wire).</summary>
    public const int MaxLength = 253;

    /// <summary>Longest label (RFC 1035).</summary>
    public const int MaxLabelLength = 63;

    /// <summary>
    /// Lower-cases <paramref name="host"/>, removes one trailing dot, converts internationalised labels
    /// to punycode (A-labels) and checks every label. Letters, digits, hyphens and underscores are
    /// accepted (underscores appear in real DNS names such as _dmarc or DKIM selectors); a label may not
    /// be empty, exceed 63 characters, or start or end with a hyphen. Never throws.
    /// </summary>
    /// <returns>The normalised name, or null when <paramref name="host"/> is null, empty or not a valid host name
    /// (IPv6 literals included: they are addresses, not names).</returns>
    public static string? Normalise(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return null;
        }

        var name = host.Trim();
        if (name.EndsWith('.'))
        {
            name = name[..^1];
        }

        if (name.Length == 0)
        {
            return null;
        }

        string ascii;
        if (IsAscii(name))
        {
            ascii = name.ToLowerInvariant();
        }
        else
        {
            try
            {
                // Ideographic and fullwidth full stops are label separators too (UTS #46), and
                // IdnMapping maps them; it also lower-cases and applies NFC.
                ascii = NewIdnMapping().GetAscii(name).ToLowerInvariant();
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        return IsValidAscii(ascii) ? ascii : null;
    }

    /// <summary>
    /// Converts a host name to its Unicode form for display ("xn--85x722f.xn--fiqs8s" to "食狮.中国").
    /// </summary>
    /// <returns>The Unicode form, or null when <paramref name="host"/> is not a valid host name.</returns>
    public static string? ToUnicode(string? host)
    {
        var ascii = Normalise(host);
        if (ascii is null)
        {
            return null;
        }

        if (!ascii.Contains("xn--", StringComparison.Ordinal))
        {
            return ascii;
        }

        try
        {
            return NewIdnMapping().GetUnicode(ascii);
        }
        catch (ArgumentException)
        {
            return ascii;
        }
    }

    /// <summary>
    /// True when <paramref name="host"/> is <paramref name="domain"/> or one of its subdomains, compared
    /// on whole labels ("evil-ovh.net" is not under "ovh.net"). Both are normalised first.
    /// </summary>
    public static bool IsSubdomainOrSelf(string? host, string? domain)
    {
        var h = Normalise(host);
        var d = Normalise(domain);
        if (h is null || d is null)
        {
            return false;
        }

        return h.Length == d.Length
            ? string.Equals(h, d, StringComparison.Ordinal)
            : h.Length > d.Length && h[^(d.Length + 1)] == '.' && h.EndsWith(d, StringComparison.Ordinal);
    }

    // A fresh instance per call: IdnMapping does not promise thread safety of its instance members,
    // and non-ASCII names are rare enough that the allocation does not matter.
    private static IdnMapping NewIdnMapping() => new() { AllowUnassigned = false, UseStd3AsciiRules = false };

    private static bool IsAscii(string value)
    {
        foreach (var c in value)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidAscii(string name)
    {
        if (name.Length > MaxLength)
        {
            return false;
        }

        var labelStart = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && name[i] != '.')
            {
                var c = name[i];
                if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_'))
                {
                    return false;
                }

                continue;
            }

            var length = i - labelStart;
            if (length is 0 or > MaxLabelLength || name[labelStart] == '-' || name[i - 1] == '-')
            {
                return false;
            }

            labelStart = i + 1;
        }

        return true;
    }
}
