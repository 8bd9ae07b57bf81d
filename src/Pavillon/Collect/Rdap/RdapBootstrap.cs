using System.Text.Json;

namespace Pavillon.Collect.Rdap;

/// <summary>
/// The RDAP bootstrap registry for domain names (RFC 9224, IANA's dns.json): which RDAP server answers for which
/// top-level domain. Immutable once read.
/// </summary>
public sealed class RdapBootstrap
{
    private readonly Dictionary<string, Uri> _servers;

    private RdapBootstrap(Dictionary<string, Uri> servers, string? publication)
    {
        _servers = servers;
        Publication = publication;
    }

    /// <summary>The copy shipped beside the binary: data/rdap/dns.json.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "rdap", "dns.json");

    /// <summary>The "publication" timestamp of the file, as written.</summary>
    public string? Publication { get; }

    /// <summary>How many labels (TLDs or longer suffixes) have a server.</summary>
    public int Count => _servers.Count;

    /// <summary>Reads a bootstrap file; throws <see cref="InvalidDataException"/> when it is not one.</summary>
    public static RdapBootstrap Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses the JSON text of a bootstrap file; throws <see cref="InvalidDataException"/> when it is not one.</summary>
    public static RdapBootstrap Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("services", out var services) || services.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("an RDAP bootstrap file needs a \"services\" array");
            }

            var servers = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
            foreach (var service in services.EnumerateArray())
            {
                // Each service is [[labels...], [urls...]]; an https URL is preferred (RFC 9224 §3).
                if (service.ValueKind != JsonValueKind.Array || service.GetArrayLength() < 2)
                {
                    continue;
                }

                var labels = Strings(service[0]);
                var urls = Strings(service[1])
                    .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri : null)
                    .OfType<Uri>()
                    .Where(u => u.Scheme is "https" or "http")
                    .OrderBy(u => u.Scheme == "https" ? 0 : 1)
                    .ToList();
                if (urls.Count == 0)
                {
                    continue;
                }

                foreach (var label in labels)
                {
                    servers.TryAdd(label.Trim().TrimEnd('.').ToLowerInvariant(), WithTrailingSlash(urls[0]));
                }
            }

            var publication = root.TryGetProperty("publication", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            return new RdapBootstrap(servers, publication);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"not a JSON document: {ex.Message}", ex);
        }
    }

    /// <summary>The base URL of the RDAP server for <paramref name="domain"/> (punycode): the longest matching suffix wins.</summary>
    public Uri? ServerFor(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var name = domain.Trim().TrimEnd('.').ToLowerInvariant();
        for (var dot = -1; ;)
        {
            var suffix = name[(dot + 1)..];
            if (_servers.TryGetValue(suffix, out var server))
            {
                return server;
            }

            dot = name.IndexOf('.', dot + 1);
            if (dot < 0)
            {
                return null;
            }
        }
    }

    /// <summary>The URL of the domain query: BASE + "domain/" + NAME (RFC 9082 §3.1.3).</summary>
    public static Uri DomainUrl(Uri server, string domain)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new Uri(WithTrailingSlash(server), "domain/" + Uri.EscapeDataString(domain.TrimEnd('.').ToLowerInvariant()));
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private static IEnumerable<string> Strings(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];
}
