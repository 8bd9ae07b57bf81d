namespace Pavillon.Accuracy.Replay;

/// <summary>One municipality of an mxmap data set: its domain, what its DNS held, and the label given to it.</summary>
public sealed record MxmapEntry
{
    /// <summary>The municipality's identifier: the BFS number in Switzerland, the key of the entry elsewhere.</summary>
    public string Bfs { get; init; } = string.Empty;

    /// <summary>Municipality name; empty when the file gives none.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The mail domain that was examined.</summary>
    public string Domain { get; init; } = string.Empty;

    /// <summary>MX host names, without preferences (the data sets do not record them); empty when none was found.</summary>
    public IReadOnlyList<string> Mx { get; init; } = [];

    /// <summary>The SPF record, empty when none was found.</summary>
    public string Spf { get; init; } = string.Empty;

    /// <summary>The label mapped onto the compared classes (<see cref="MailClass.All"/>).</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The label as the file gives it ("gemdat", "a1", "local-isp"...); the same as <see cref="Label"/> for the five classes.</summary>
    public string OriginalLabel { get; init; } = string.Empty;

    /// <summary>The filtering gateway the labelling tool recognised in front of the mailboxes, if any.</summary>
    public string? Gateway { get; init; }

    /// <summary>
    /// The labelling tool's own score for its label (<c>classification_confidence</c>, 0 to 100); null when the file
    /// gives none. Labels of the named classes resting on an SPF include alone score 50 to 52, the others 70 or more.
    /// </summary>
    public double? LabelScore { get; init; }

    /// <summary>The signals behind the label, each with a provider (stated by the file or read from its detail).</summary>
    public IReadOnlyList<MxmapSignal> Signals { get; init; } = [];
}
