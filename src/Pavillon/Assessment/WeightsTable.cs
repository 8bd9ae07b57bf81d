namespace Pavillon.Assessment;

/// <summary>The append-only table of weights and points: every published version, the latest used by default.</summary>
public sealed record WeightsTable
{
    /// <summary>Every version, oldest first.</summary>
    public required IReadOnlyList<WeightsVersion> Versions { get; init; }

    /// <summary>The newest version: the one new scores are computed with.</summary>
    public WeightsVersion Latest => Versions[^1];

    /// <summary>A published version by number, or null.</summary>
    public WeightsVersion? Get(int version) => Versions.FirstOrDefault(candidate => candidate.Version == version);
}
