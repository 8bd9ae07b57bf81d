using System.Globalization;
using Pavillon.Accuracy.Replay;

// Accuracy harness: replays an mxmap data set in a local DNS server and a local realm service, scans it with the
// real CLI and compares.
// Usage: Pavillon.Accuracy DATA.json [--out DIRECTORY] [--home CC] [--records DNS_CACHE.json]
// With --records, DATA.json only labels (the family's data-summary.json) and the records come from the DNS cache
// file the labelling tool kept (one object per domain).
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: Pavillon.Accuracy DATA.json [--out DIRECTORY] [--home CC] [--records DNS_CACHE.json]");
    return 2;
}

var dataPath = args[0];
var outDirectory = Path.Combine(Path.GetTempPath(), "pavillon-accuracy");
var home = "CH";
string? recordsPath = null;
for (var i = 1; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--out":
            outDirectory = args[i + 1];
            break;
        case "--home":
            home = args[i + 1].ToUpperInvariant();
            break;
        case "--records":
            recordsPath = args[i + 1];
            break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}");
            return 2;
    }
}

var dataSet = MxmapDataSet.Load(dataPath, recordsPath);
var result = await AccuracyRun.RunAsync(dataSet.Entries, outDirectory, TimeSpan.FromMinutes(30), home);
var report = AccuracyReport.RenderDataSet(dataSet, Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(dataPath))) + "/" + Path.GetFileName(dataPath))
    + "\n" + AccuracyReport.Render(result);
Console.WriteLine(report);
File.WriteAllText(Path.Combine(outDirectory, "report.md"), report);
File.WriteAllLines(
    Path.Combine(outDirectory, "outcomes.tsv"),
    result.Outcomes.Select(o => string.Join(
        '\t',
        o.Entry.Bfs,
        o.Entry.Domain,
        o.Entry.Label,
        o.Entry.OriginalLabel,
        o.PavillonClass,
        o.Disagreement?.Id ?? "agree",
        o.Decision.Confidence ?? "none",
        o.WithHints.Class,
        o.HintDisagreement?.Id ?? "agree",
        o.PavillonAnswer)));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Written: {outDirectory}/report.md, outcomes.tsv, scan.json, replay.zone"));
return 0;
