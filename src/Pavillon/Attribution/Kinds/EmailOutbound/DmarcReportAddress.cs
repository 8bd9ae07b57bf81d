using Pavillon.Evidence;

namespace Pavillon.Attribution.Kinds.EmailOutbound;

/// <summary>A mailto: address of a DMARC record's rua= (aggregate) or ruf= (failure) tag (RFC 7489 §6.3).</summary>
/// <param name="Tag">"rua" or "ruf".</param>
/// <param name="Address">The address, without the "mailto:" scheme and any "!size" limit.</param>
/// <param name="Domain">The domain part of the address, lower case.</param>
public sealed record DmarcReportAddress(string Tag, string Address, string Domain)
{
    /// <summary>The report addresses of the DMARC record in <paramref name="lookup"/> (the TXT of _dmarc.DOMAIN); empty when there is none.</summary>
    public static IReadOnlyList<DmarcReportAddress> FromLookup(DnsLookup? lookup)
    {
        var record = lookup?.Answers.FirstOrDefault(a => a.Type == "TXT" && a.Data.TrimStart().StartsWith("v=DMARC1", StringComparison.OrdinalIgnoreCase));
        if (record is null)
        {
            return [];
        }

        var addresses = new List<DmarcReportAddress>();
        foreach (var tag in record.Data.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = tag.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? tag : tag[..equals].Trim().ToLowerInvariant();
            if (equals < 0 || name is not ("rua" or "ruf"))
            {
                continue;
            }

            foreach (var uri in tag[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!uri.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var address = uri[7..];
                var bang = address.IndexOf('!', StringComparison.Ordinal);
                address = bang < 0 ? address : address[..bang];
                var at = address.LastIndexOf('@');
                if (at > 0 && at < address.Length - 1)
                {
                    addresses.Add(new DmarcReportAddress(name, address, address[(at + 1)..].TrimEnd('.').ToLowerInvariant()));
                }
            }
        }

        return addresses;
    }
}
