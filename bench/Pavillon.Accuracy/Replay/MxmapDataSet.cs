using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pavillon.Accuracy.Replay;

/// <summary>The mxmap data set (data.json): generation date and one entry per municipality.</summary>
public sealed record MxmapDataSet
{
    /// <summary>When the labelling tool produced the file (UTC, ISO 8601).</summary>
    [JsonPropertyName("generated")]
    public string Generated { get; init; } = string.Empty;

    /// <summary>Entries keyed by BFS number, as in the file.</summary>
    [JsonPropertyName("municipalities")]
    public IReadOnlyDictionary<string, MxmapEntry> Municipalities { get; init; } = new Dictionary<string, MxmapEntry>();

    /// <summary>Entries ordered by BFS number (numerically), so every run replays them in the same order.</summary>
    public IReadOnlyList<MxmapEntry> Entries =>
        Municipalities.Values.OrderBy(e => int.TryParse(e.Bfs, out var n) ? n : int.MaxValue).ThenBy(e => e.Bfs, StringComparer.Ordinal).ToList();

    /// <summary>Reads a data.json file (the full data set or a sample in the same shape).</summary>
    public static MxmapDataSet Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<MxmapDataSet>(stream) ?? throw new InvalidDataException($"{path} holds no data set.");
    }
}
