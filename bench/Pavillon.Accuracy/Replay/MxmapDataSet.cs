using System.Text.Json;

namespace Pavillon.Accuracy.Replay;

/// <summary>
/// An mxmap data set (data.json of mxmap-ch, mxmap-at, mxmap-dk...): generation date and one entry per
/// municipality, with the entries that could not be read kept apart.
/// </summary>
/// <param name="Generated">When the labelling tool produced the file (as written there; empty when absent).</param>
/// <param name="Entries">Entries ordered by identifier (numerically when it is a number), so every run replays them in the same order.</param>
/// <param name="Rejected">Entries left out, with their key and the reason.</param>
public sealed record MxmapDataSet(string Generated, IReadOnlyList<MxmapEntry> Entries, IReadOnlyList<RejectedEntry> Rejected)
{
    /// <summary>Entries per label as the file gives it, most frequent first.</summary>
    public IReadOnlyList<(string OriginalLabel, string Label, int Count)> LabelCounts =>
        Entries.GroupBy(e => (e.OriginalLabel, e.Label))
            .Select(g => (g.Key.OriginalLabel, g.Key.Label, g.Count()))
            .OrderByDescending(c => c.Item3).ThenBy(c => c.OriginalLabel, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Reads a data.json file (a full data set or a sample in the same shape), or, with <paramref name="recordsPath"/>,
    /// a file of labels only (data-summary.json) whose records come from the labelling tool's DNS cache.
    /// </summary>
    /// <exception cref="InvalidDataException">A file is not JSON or has no municipalities at all.</exception>
    public static MxmapDataSet Load(string path, string? recordsPath = null)
    {
        var options = new JsonDocumentOptions { AllowTrailingCommas = true };
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream, options);
        if (recordsPath is null)
        {
            return MxmapReader.Read(document.RootElement, path);
        }

        using var recordsStream = File.OpenRead(recordsPath);
        using var records = JsonDocument.Parse(recordsStream, options);
        return MxmapReader.Read(document.RootElement, path, records.RootElement);
    }
}
