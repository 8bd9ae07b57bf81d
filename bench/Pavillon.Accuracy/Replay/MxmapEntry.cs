using System.Text.Json.Serialization;

namespace Pavillon.Accuracy.Replay;

/// <summary>One municipality of the mxmap data set: its domain, what its DNS held, and the label given to it.</summary>
public sealed record MxmapEntry
{
    /// <summary>Swiss municipality number (BFS), the data set's key.</summary>
    [JsonPropertyName("bfs")]
    public string Bfs { get; init; } = string.Empty;

    /// <summary>Municipality name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>The mail domain that was examined.</summary>
    [JsonPropertyName("domain")]
    public string Domain { get; init; } = string.Empty;

    /// <summary>MX host names, without preferences (the data set does not record them).</summary>
    [JsonPropertyName("mx")]
    public IReadOnlyList<string> Mx { get; init; } = [];

    /// <summary>The SPF record, empty when none was found.</summary>
    [JsonPropertyName("spf")]
    public string Spf { get; init; } = string.Empty;

    /// <summary>The label: microsoft, google, aws, infomaniak or independent.</summary>
    [JsonPropertyName("provider")]
    public string Label { get; init; } = string.Empty;

    /// <summary>The filtering gateway the labelling tool recognised in front of the mailboxes, if any.</summary>
    [JsonPropertyName("gateway")]
    public string? Gateway { get; init; }

    /// <summary>The signals behind the label.</summary>
    [JsonPropertyName("classification_signals")]
    public IReadOnlyList<MxmapSignal> Signals { get; init; } = [];
}
