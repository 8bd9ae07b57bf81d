using System.Globalization;
using System.Text;

namespace Pavillon.Accuracy.Replay;

/// <summary>
/// Renders a replay run as Markdown: confusion matrix, precision and recall, the same counting low-confidence
/// mailbox hints, agreements by confidence of the deciding dependency, and disagreements by class.
/// </summary>
public static class AccuracyReport
{
    /// <summary>Examples listed per disagreement class: 5.</summary>
    public const int ExamplesPerClass = 5;

    /// <summary>Confidence levels of the deciding dependency, in report order; "none" when no inbound dependency exists.</summary>
    public static IReadOnlyList<string> ConfidenceLevels { get; } = ["high", "medium", "low", "none"];

    /// <summary>The data set's labels as given and as compared, and the entries left out.</summary>
    public static string RenderDataSet(MxmapDataSet dataSet, string source)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Data set: {source}, generated {(dataSet.Generated.Length == 0 ? "(no date)" : dataSet.Generated)}; {dataSet.Entries.Count} entries read, {dataSet.Rejected.Count} left out.");
        text.AppendLine();
        text.AppendLine("| label in the file | compared as | entries |");
        text.AppendLine("|---|---|---:|");
        foreach (var (original, label, count) in dataSet.LabelCounts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {original} | {label} | {count} |");
        }

        foreach (var rejected in dataSet.Rejected)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- left out `{rejected.Key}`: {rejected.Reason}");
        }

        return text.ToString();
    }

    /// <summary>The Markdown report.</summary>
    public static string Render(AccuracyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outcomes = result.Outcomes;
        var text = new StringBuilder();
        var explained = outcomes.Count(o => o.Agrees || o.Disagreement!.LabelWrong);
        var agreeAll = outcomes.Count(o => o.AgreesWithHints);
        var explainedAll = outcomes.Count(o => o.AgreesWithHints || o.HintDisagreement!.LabelWrong);
        text.AppendLine(CultureInfo.InvariantCulture, $"Domains: {outcomes.Count}. Every mailbox Pavillon names, low confidence included: agreement {agreeAll} ({Percent(agreeAll, outcomes.Count)}), agreement or label shown wrong {explainedAll} ({Percent(explainedAll, outcomes.Count)}). Medium- and high-confidence answers only: agreement {outcomes.Count(o => o.Agrees)} ({Percent(outcomes.Count(o => o.Agrees), outcomes.Count)}), agreement or label shown wrong {explained} ({Percent(explained, outcomes.Count)}). CLI run: {result.Elapsed.TotalSeconds:F1} s.");
        text.AppendLine();
        text.AppendLine("Medium- and high-confidence answers only (a mailbox named with low confidence, from SPF alone behind a relay, is not counted). Confusion matrix (rows: data-set label; columns: Pavillon):");
        text.AppendLine();
        RenderView(text, outcomes, o => o.PavillonClass, o => o.Disagreement);

        text.AppendLine();
        text.AppendLine("Every mailbox Pavillon names, low confidence included (a low-confidence `mailbox` dependency decides when nothing else maps to a named class and every such dependency points to one class; reports show it as \"mailboxes perhaps at …, weak hint\"):");
        text.AppendLine();
        RenderView(text, outcomes, o => o.WithHints.Class, o => o.HintDisagreement);

        text.AppendLine();
        text.AppendLine("Agreements by confidence of the dependency that decided Pavillon's class (for `independent`, the first inbound dependency; none: no inbound dependency):");
        text.AppendLine();
        text.AppendLine("| confidence | agreements | disagreements | agreement | agreements, low included | disagreements, low included | agreement, low included |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var level in ConfidenceLevels)
        {
            var answered = outcomes.Where(o => (o.Decision.Confidence ?? "none") == level).ToList();
            var hinted = outcomes.Where(o => (o.WithHints.Confidence ?? "none") == level).ToList();
            var agree = answered.Count(o => o.Agrees);
            var agreeHinted = hinted.Count(o => o.AgreesWithHints);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {level} | {agree} | {answered.Count - agree} | {Percent(agree, answered.Count)} | {agreeHinted} | {hinted.Count - agreeHinted} | {Percent(agreeHinted, hinted.Count)} |");
        }

        RenderByLabelScore(text, outcomes);

        var byHint = outcomes.Where(o => o.WithHints.ByHint).ToList();
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Classes decided by a low-confidence mailbox: {byHint.Count}, of which {byHint.Count(o => o.AgreesWithHints)} agree with the label (label -> Pavillon: {string.Join(", ", byHint.GroupBy(o => $"{o.Entry.Label} -> {o.WithHints.Class}").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"))}).");

        text.AppendLine();
        text.AppendLine("Disagreements by class (label -> Pavillon):");
        foreach (var group in outcomes.Where(o => !o.Agrees).GroupBy(o => o.Disagreement!.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First().Disagreement!;
            var flows = string.Join(", ", group.GroupBy(o => $"{o.Entry.Label} -> {o.PavillonClass}").OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}"));
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"- **{group.Key}** ({group.Count()}; {flows}; {(first.LabelWrong ? "label wrong" : "Pavillon wrong or undecided")}): {first.Explanation}");
            foreach (var outcome in group.Take(ExamplesPerClass))
            {
                var e = outcome.Entry;
                var label = e.OriginalLabel == e.Label ? e.Label : $"{e.Label} ({e.OriginalLabel})";
                text.AppendLine(CultureInfo.InvariantCulture, $"  - `{e.Domain}` label {label}{(e.Gateway is null ? string.Empty : $" (gateway {e.Gateway})")}; MX {string.Join(", ", e.Mx)}; SPF `{e.Spf}`; Pavillon: {outcome.PavillonAnswer}");
            }
        }

        var hintGroups = outcomes.Where(o => !o.AgreesWithHints).GroupBy(o => o.HintDisagreement!.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Disagreements with low-confidence mailboxes included, by class: {string.Join(", ", hintGroups.Select(g => $"{g.Key} {g.Count()}"))}. Those a low-confidence mailbox decided:");
        foreach (var group in hintGroups)
        {
            var decidedByHint = group.Where(o => o.WithHints.ByHint).ToList();
            if (decidedByHint.Count == 0)
            {
                continue;
            }

            var flows = string.Join(", ", decidedByHint.GroupBy(o => $"{o.Entry.Label} -> {o.WithHints.Class}").OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}"));
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"- **{group.Key}** ({decidedByHint.Count} decided by a low-confidence mailbox; {flows}): {group.First().HintDisagreement!.Explanation}");
            foreach (var outcome in decidedByHint.Take(ExamplesPerClass))
            {
                var e = outcome.Entry;
                var tenant = e.Signals.FirstOrDefault(s => s.Kind == "tenant")?.Detail;
                text.AppendLine(CultureInfo.InvariantCulture, $"  - `{e.Domain}` label {e.Label}; MX {string.Join(", ", e.Mx)}; SPF `{e.Spf}`{(tenant is null ? string.Empty : $"; {tenant}")}; Pavillon: {outcome.PavillonAnswer}");
            }
        }

        text.AppendLine();
        var hostNotes = result.Zone.Hosts.Values.SelectMany(n => n).ToList();
        var realms = result.TenantRealms.Values.GroupBy(v => v).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Replay: {result.Zone.Records.Count} records; MX host addresses by rule: {string.Join(", ", hostNotes.GroupBy(n => n.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}; tenant signals replayed by the realm server: {result.TenantRealms.Count} domains ({string.Join(", ", realms)}; every other domain answers Unknown), realm questions answered: {result.RealmQuestions}; signals with no DNS record to replay: {string.Join(", ", result.Zone.SignalsNotReplayed.Select(p => $"{p.Key} {p.Value}"))}.");
        return text.ToString();
    }

    /// <summary>Label scores below this are the labelling tool's weakest: for a named class, an SPF include alone (50 to 52).</summary>
    public const double WeakLabelScore = 60;

    // Agreement split by how sure the labelling tool itself was: a label it scores at its floor is a guess from
    // one SPF include, and is compared with what Pavillon says at every confidence.
    private static void RenderByLabelScore(StringBuilder text, IReadOnlyList<DomainOutcome> outcomes)
    {
        if (outcomes.All(o => o.Entry.LabelScore is null))
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"By the labelling tool's own score for its label (`classification_confidence`; below {WeakLabelScore:F0}: its weakest labels, for a named class an SPF include alone):");
        text.AppendLine();
        text.AppendLine("| label | its score | entries | agreement, medium and high | agreement, low included | agreement or label shown wrong, low included |");
        text.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var label in MailClass.All)
        {
            foreach (var weak in new[] { false, true })
            {
                var band = outcomes.Where(o => o.Entry.Label == label && o.Entry.LabelScore is { } s && s < WeakLabelScore == weak).ToList();
                if (band.Count == 0)
                {
                    continue;
                }

                var firm = band.Count(o => o.Agrees);
                var all = band.Count(o => o.AgreesWithHints);
                var explained = band.Count(o => o.AgreesWithHints || o.HintDisagreement!.LabelWrong);
                text.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {(weak ? $"below {WeakLabelScore:F0}" : $"{WeakLabelScore:F0} or more")} | {band.Count} | {Percent(firm, band.Count)} ({firm}) | {Percent(all, band.Count)} ({all}) | {Percent(explained, band.Count)} ({explained}) |");
            }
        }
    }

    private static void RenderView(StringBuilder text, IReadOnlyList<DomainOutcome> outcomes, Func<DomainOutcome, string> pavillonClass, Func<DomainOutcome, Disagreement?> disagreement)
    {
        var classes = MailClass.All;
        text.AppendLine("| label \\ Pavillon | " + string.Join(" | ", classes) + " | total |");
        text.AppendLine("|---|" + string.Concat(classes.Select(_ => "---:|")) + "---:|");
        foreach (var label in classes)
        {
            var row = outcomes.Where(o => o.Entry.Label == label).ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {string.Join(" | ", classes.Select(c => row.Count(o => pavillonClass(o) == c)))} | {row.Count} |");
        }

        text.AppendLine();
        text.AppendLine("| class | precision | recall (agreement) | agreement or label shown wrong |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var c in classes)
        {
            var predicted = outcomes.Count(o => pavillonClass(o) == c);
            var truePositives = outcomes.Count(o => pavillonClass(o) == c && o.Entry.Label == c);
            var labelled = outcomes.Count(o => o.Entry.Label == c);
            var explained = outcomes.Count(o => o.Entry.Label == c && (disagreement(o) is null || disagreement(o)!.LabelWrong));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {c} | {Percent(truePositives, predicted)} ({truePositives}/{predicted}) | {Percent(truePositives, labelled)} ({truePositives}/{labelled}) | {Percent(explained, labelled)} ({explained}/{labelled}) |");
        }
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + " %";
}
