namespace Pavillon.Accuracy.Replay;

/// <summary>The outcome of a replay run.</summary>
/// <param name="Outcomes">One per entry, in the entries' order.</param>
/// <param name="Zone">What was replayed.</param>
/// <param name="CommandLine">The CLI arguments used (file paths shortened).</param>
/// <param name="Elapsed">Wall-clock time of the CLI run.</param>
public sealed record AccuracyResult(IReadOnlyList<DomainOutcome> Outcomes, ReplayZone Zone, string CommandLine, TimeSpan Elapsed)
{
    /// <summary>The realm type replayed per domain by the realm server (domains absent here answered "Unknown").</summary>
    public IReadOnlyDictionary<string, string> TenantRealms { get; init; } = new Dictionary<string, string>();

    /// <summary>Realm questions the CLI asked the realm server during the run (0 when its probe is off or missing).</summary>
    public int RealmQuestions { get; init; }

    /// <summary>Share of the entries labelled <paramref name="label"/> where Pavillon's class is the label (recall, 0 to 1).</summary>
    public double Agreement(string label)
    {
        var labelled = Outcomes.Where(o => o.Entry.Label == label).ToList();
        return labelled.Count == 0 ? 1 : (double)labelled.Count(o => o.Agrees) / labelled.Count;
    }

    /// <summary>Like <see cref="Agreement"/>, counting low-confidence mailbox hints (0 to 1).</summary>
    public double AgreementWithHints(string label)
    {
        var labelled = Outcomes.Where(o => o.Entry.Label == label).ToList();
        return labelled.Count == 0 ? 1 : (double)labelled.Count(o => o.AgreesWithHints) / labelled.Count;
    }
}
