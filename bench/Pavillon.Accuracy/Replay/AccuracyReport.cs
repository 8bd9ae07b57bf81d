using System.Globalization;
using System.Text;

namespace Pavillon.Accuracy.Replay;

/// <summary>Renders a replay run as Markdown: confusion matrix, precision and recall, and disagreements by class.</summary>
public static class AccuracyReport
{
    /// <summary>Examples listed per disagreement class: 5.</summary>
    public const int ExamplesPerClass = 5;

    /// <summary>The Markdown report.</summary>
    public static string Render(AccuracyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outcomes = result.Outcomes;
        var text = new StringBuilder();
        var classes = MailClass.All;
        text.AppendLine(CultureInfo.InvariantCulture, $"Domains: {outcomes.Count}; agreement: {outcomes.Count(o => o.Agrees)} ({Percent(outcomes.Count(o => o.Agrees), outcomes.Count)}); CLI run: {result.Elapsed.TotalSeconds:F1} s.");
        text.AppendLine();
        text.AppendLine("Confusion matrix (rows: data-set label; columns: Pavillon):");
        text.AppendLine();
        text.AppendLine("| label \\ Pavillon | " + string.Join(" | ", classes) + " | total |");
        text.AppendLine("|---|" + string.Concat(classes.Select(_ => "---:|")) + "---:|");
        foreach (var label in classes)
        {
            var row = outcomes.Where(o => o.Entry.Label == label).ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {string.Join(" | ", classes.Select(c => row.Count(o => o.PavillonClass == c)))} | {row.Count} |");
        }

        text.AppendLine();
        text.AppendLine("| class | precision | recall (agreement) | agreement or label shown wrong |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var c in classes)
        {
            var predicted = outcomes.Count(o => o.PavillonClass == c);
            var truePositives = outcomes.Count(o => o.PavillonClass == c && o.Entry.Label == c);
            var labelled = outcomes.Count(o => o.Entry.Label == c);
            var explained = outcomes.Count(o => o.Entry.Label == c && (o.Agrees || o.Disagreement!.LabelWrong));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {c} | {Percent(truePositives, predicted)} ({truePositives}/{predicted}) | {Percent(truePositives, labelled)} ({truePositives}/{labelled}) | {Percent(explained, labelled)} ({explained}/{labelled}) |");
        }

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
                text.AppendLine(CultureInfo.InvariantCulture, $"  - `{e.Domain}` label {e.Label}{(e.Gateway is null ? string.Empty : $" (gateway {e.Gateway})")}; MX {string.Join(", ", e.Mx)}; SPF `{e.Spf}`; Pavillon: {outcome.PavillonAnswer}");
            }
        }

        text.AppendLine();
        var hostNotes = result.Zone.Hosts.Values.SelectMany(n => n).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"Replay: {result.Zone.Records.Count} records; MX host addresses by rule: {string.Join(", ", hostNotes.GroupBy(n => n.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}; signals with no DNS record to replay: {string.Join(", ", result.Zone.SignalsNotReplayed.Select(p => $"{p.Key} {p.Value}"))}.");
        return text.ToString();
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + " %";
}
