using System.Globalization;
using System.Text.Json;

namespace Pavillon.Accuracy.Replay;

/// <summary>
/// Reads the data sets of the mxmap family without editing them. Every field but the domain and the label may be
/// missing or null; <c>municipalities</c> may be an object keyed by identifier or an array; signals may lack their
/// provider (read from the detail then). Files that record what was found as fields instead of signals (mxmap-dk:
/// <c>mx_asns</c>, <c>dkim</c>, <c>autodiscover</c>, <c>txt_verifications</c>, <c>tenant</c>) have those fields
/// turned into the same signals. An entry that cannot be read is rejected with its key; the others are kept.
/// </summary>
public static class MxmapReader
{
    /// <summary>AS numbers of the named classes' networks, for files that give the MX hosts' AS without a provider.</summary>
    public static IReadOnlyDictionary<int, string> AsnClasses { get; } = new Dictionary<int, string>
    {
        [8075] = MailClass.Microsoft,
        [16509] = MailClass.Aws,
        [14618] = MailClass.Aws,
        [15169] = MailClass.Google,
        [396982] = MailClass.Google,
        [29222] = MailClass.Infomaniak,
    };

    // Keys of txt_verifications that name a mail provider; the others (apple, facebook, atlassian...) say nothing about mail.
    private static readonly Dictionary<string, string> VerificationProviders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["microsoft"] = MailClass.Microsoft,
        ["ms365"] = MailClass.Microsoft,
        ["google"] = MailClass.Google,
        ["aws"] = MailClass.Aws,
        ["amazonses"] = MailClass.Aws,
    };

    /// <summary>
    /// Reads the data set held by <paramref name="root"/>; <paramref name="source"/> names the file in errors. With
    /// <paramref name="records"/> (a DNS cache: one object per domain, with the fields of mxmap-dk's entries), the
    /// entries of <paramref name="root"/> only label, and each one's records are those the cache holds for its domain;
    /// an entry whose domain the cache lacks is left out with its key.
    /// </summary>
    /// <exception cref="InvalidDataException">No municipalities at all.</exception>
    public static MxmapDataSet Read(JsonElement root, string source, JsonElement? records = null)
    {
        var generated = root.ValueKind == JsonValueKind.Object ? Text(root, "generated") : string.Empty;
        var municipalities = root.ValueKind == JsonValueKind.Array ? root
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("municipalities", out var m) ? m
            : throw new InvalidDataException($"{source}: no \"municipalities\" object or array.");

        IEnumerable<(string Key, JsonElement Value)> items = municipalities.ValueKind switch
        {
            JsonValueKind.Object => municipalities.EnumerateObject().Select(p => (p.Name, p.Value)),
            JsonValueKind.Array => municipalities.EnumerateArray().Select((v, i) => ($"#{i}", v)),
            _ => throw new InvalidDataException($"{source}: \"municipalities\" is neither an object nor an array."),
        };

        var entries = new List<MxmapEntry>();
        var rejected = new List<RejectedEntry>();
        foreach (var (key, value) in items)
        {
            try
            {
                entries.Add(ReadEntry(key, value, records));
            }
            catch (InvalidDataException exception)
            {
                rejected.Add(new RejectedEntry(key, exception.Message));
            }
        }

        var ordered = entries
            .OrderBy(e => int.TryParse(e.Bfs, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ThenBy(e => e.Bfs, StringComparer.Ordinal)
            .ToList();
        return new MxmapDataSet(generated, ordered, rejected);
    }

    /// <summary>Reads one entry; throws <see cref="InvalidDataException"/> with the reason when it cannot be used.</summary>
    /// <param name="key">The entry's key in the file.</param>
    /// <param name="value">The entry: its label, and its records unless <paramref name="records"/> is given.</param>
    /// <param name="records">A DNS cache keyed by domain that holds the records instead.</param>
    public static MxmapEntry ReadEntry(string key, JsonElement value, JsonElement? records = null)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"not an object ({value.ValueKind})");
        }

        var domain = Text(value, "domain").Trim().TrimEnd('.').ToLowerInvariant();
        if (domain.Length == 0)
        {
            throw new InvalidDataException("no domain");
        }

        var original = Text(value, "provider").Trim().ToLowerInvariant();
        if (original.Length == 0)
        {
            throw new InvalidDataException("no provider label");
        }

        var id = Text(value, "bfs");
        if (id.Length == 0)
        {
            id = Text(value, "id");
        }

        if (id.Length == 0)
        {
            id = key;
        }

        var gateway = Text(value, "gateway");
        var observed = value;
        if (records is { } cache)
        {
            observed = cache.ValueKind == JsonValueKind.Object && cache.TryGetProperty(domain, out var cached) && cached.ValueKind == JsonValueKind.Object
                ? cached
                : throw new InvalidDataException($"no records for {domain} in the DNS cache");
        }

        return new MxmapEntry
        {
            Bfs = id,
            Name = Text(value, "name"),
            Domain = domain,
            Mx = Strings(observed, "mx").Select(h => h.Trim().TrimEnd('.')).Where(h => h.Length > 0).ToList(),
            Spf = Text(observed, "spf"),
            Label = MailClass.All.Contains(original) ? original : MailClass.Independent,
            OriginalLabel = original,
            Gateway = gateway.Length == 0 ? null : gateway,
            LabelScore = value.TryGetProperty("classification_confidence", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetDouble() : null,
            Signals = observed.TryGetProperty("classification_signals", out var signals) && signals.ValueKind == JsonValueKind.Array
                ? signals.EnumerateArray().Select(ReadSignal).OfType<MxmapSignal>().ToList()
                : FieldSignals(observed, domain),
        };
    }

    private static MxmapSignal? ReadSignal(JsonElement signal)
    {
        var kind = signal.ValueKind == JsonValueKind.Object ? Text(signal, "kind") : string.Empty;
        if (kind.Length == 0)
        {
            return null;
        }

        var detail = Text(signal, "detail");
        var provider = Text(signal, "provider");
        return new MxmapSignal(kind, provider.Length > 0 ? provider : SignalProviders.Infer(kind, detail), detail);
    }

    // mxmap-dk records its observations as fields; they become the signals mxmap-ch would have written for them.
    private static List<MxmapSignal> FieldSignals(JsonElement value, string domain)
    {
        var signals = new List<MxmapSignal>();
        if (value.TryGetProperty("mx_asns", out var asns) && asns.ValueKind == JsonValueKind.Array)
        {
            foreach (var asn in asns.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Number && a.TryGetInt32(out _)).Select(a => a.GetInt32()))
            {
                signals.Add(new MxmapSignal("asn", AsnClasses.GetValueOrDefault(asn) ?? string.Empty, $"ASN {asn} (mx_asns)"));
            }
        }

        foreach (var (selector, target) in Pairs(value, "dkim"))
        {
            var detail = $"DKIM {selector}._domainkey.{domain} CNAME → {target}";
            signals.Add(new MxmapSignal("dkim", SignalProviders.Infer("dkim", detail), detail));
        }

        foreach (var (name, target) in Pairs(value, "autodiscover"))
        {
            var detail = $"autodiscover {(name.Contains("srv", StringComparison.OrdinalIgnoreCase) ? "SRV" : "CNAME")} → {target}";
            signals.Add(new MxmapSignal("autodiscover", SignalProviders.Infer("autodiscover", detail), detail));
        }

        foreach (var (service, _) in Pairs(value, "txt_verifications"))
        {
            if (VerificationProviders.TryGetValue(service, out var provider))
            {
                signals.Add(new MxmapSignal("txt_verification", provider, $"TXT verification matches {service}"));
            }
        }

        var tenant = Text(value, "tenant");
        if (tenant.Length > 0)
        {
            signals.Add(new MxmapSignal("tenant", MailClass.Microsoft, $"MS365 tenant detected: {tenant}"));
        }

        return signals;
    }

    private static string Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var property) ? property.ValueKind switch
        {
            JsonValueKind.String => property.GetString() ?? string.Empty,
            JsonValueKind.Number => property.GetRawText(),
            _ => string.Empty,
        } : string.Empty;

    private static IEnumerable<string> Strings(JsonElement value, string name)
    {
        if (!value.TryGetProperty(name, out var property))
        {
            return [];
        }

        return property.ValueKind switch
        {
            JsonValueKind.Array => property.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString() ?? string.Empty),
            JsonValueKind.String => [property.GetString() ?? string.Empty],
            _ => [],
        };
    }

    private static IEnumerable<(string Name, string Value)> Pairs(JsonElement value, string name) =>
        value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.Object
            ? property.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Length > 0).Select(p => (p.Name, p.Value.GetString()!))
            : [];
}
