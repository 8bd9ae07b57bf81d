using System.Text.Json;

namespace Pavillon.Coverage;

/// <summary>Reads the municipalities of an mxmap data.json (only the fields the coverage needs).</summary>
internal static class MxmapReader
{
    public static IReadOnlyList<MxmapMunicipality> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var result = new List<MxmapMunicipality>();
        foreach (var property in document.RootElement.GetProperty("municipalities").EnumerateObject())
        {
            var m = property.Value;
            var mx = m.TryGetProperty("mx", out var hosts) && hosts.ValueKind == JsonValueKind.Array
                ? hosts.EnumerateArray().Select(h => h.GetString() ?? "").Where(h => h.Length > 0).Select(h => h.Trim().TrimEnd('.').ToLowerInvariant()).Distinct().ToList()
                : [];
            result.Add(new MxmapMunicipality(
                m.TryGetProperty("bfs", out var bfs) ? bfs.ToString() : property.Name,
                m.TryGetProperty("name", out var name) ? name.GetString() ?? "" : "",
                m.TryGetProperty("domain", out var domain) ? (domain.GetString() ?? "").ToLowerInvariant() : "",
                mx));
        }

        return result;
    }
}
