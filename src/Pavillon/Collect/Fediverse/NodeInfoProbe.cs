using System.Text.Json;
using Pavillon.Collect.Web;
using Pavillon.Evidence;

namespace Pavillon.Collect.Fediverse;

/// <summary>
/// Confirms that a host is a Fediverse instance by reading its NodeInfo: /.well-known/nodeinfo lists schema
/// documents, the newest 2.x one gives the software name (mastodon, peertube, pixelfed...).
/// </summary>
public sealed class NodeInfoProbe(WebFetcher fetcher)
{
    private const string SchemaPrefix = "http://nodeinfo.diaspora.software/ns/schema/";

    /// <summary>Asks <paramref name="host"/> for its NodeInfo over HTTPS.</summary>
    public async Task<NodeInfoFetch> ProbeAsync(string host, CancellationToken cancellationToken)
    {
        var wellKnown = new Uri($"https://{host}/.well-known/nodeinfo");
        var (index, error) = await fetcher.GetJsonAsync(wellKnown, cancellationToken).ConfigureAwait(false);
        using (index)
        {
            if (index is null)
            {
                return new NodeInfoFetch(host) { Error = error };
            }

            var href = NewestSchemaHref(index.RootElement);
            if (href is null || !Uri.TryCreate(wellKnown, href, out var documentUrl) || documentUrl.Scheme is not ("https" or "http"))
            {
                return new NodeInfoFetch(host) { Error = $"{wellKnown} lists no NodeInfo 2.x document" };
            }

            var (document, documentError) = await fetcher.GetJsonAsync(documentUrl, cancellationToken).ConfigureAwait(false);
            using (document)
            {
                if (document is null)
                {
                    return new NodeInfoFetch(host) { DocumentUrl = documentUrl.AbsoluteUri, Error = documentError };
                }

                var (software, version) = ReadSoftware(document.RootElement);
                return new NodeInfoFetch(host)
                {
                    DocumentUrl = documentUrl.AbsoluteUri,
                    Software = software,
                    Version = version,
                    Error = software is null ? $"{documentUrl} has no software.name" : null,
                };
            }
        }
    }

    /// <summary>The href of the highest 2.x schema link of a /.well-known/nodeinfo document.</summary>
    internal static string? NewestSchemaHref(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("links", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return links.EnumerateArray()
            .Where(l => l.ValueKind == JsonValueKind.Object)
            .Select(l => (Rel: l.TryGetProperty("rel", out var r) ? r.GetString() : null, Href: l.TryGetProperty("href", out var h) ? h.GetString() : null))
            .Where(l => l.Rel is not null && l.Href is not null && l.Rel.StartsWith(SchemaPrefix + "2.", StringComparison.Ordinal))
            .OrderByDescending(l => l.Rel, StringComparer.Ordinal)
            .Select(l => l.Href)
            .FirstOrDefault();
    }

    internal static (string? Software, string? Version) ReadSoftware(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("software", out var software) || software.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        var name = software.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()?.Trim().ToLowerInvariant() : null;
        var version = software.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return (string.IsNullOrEmpty(name) ? null : name, version);
    }
}
