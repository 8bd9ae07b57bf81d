using System.Globalization;
using Pavillon.Accuracy.Replay;

// Accuracy harness: replays the mxmap data set in a local DNS server, scans it with the real CLI and compares.
// Usage: Pavillon.Accuracy DATA.json [--out DIRECTORY] [--sample N --sample-out FILE]
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: Pavillon.Accuracy DATA.json [--out DIRECTORY]");
    return 2;
}

var dataPath = args[0];
var outDirectory = Path.Combine(Path.GetTempPath(), "pavillon-accuracy");
for (var i = 1; i + 1 < args.Length; i += 2)
{
    if (args[i] == "--out")
    {
        outDirectory = args[i + 1];
    }
}

var dataSet = MxmapDataSet.Load(dataPath);
var entries = dataSet.Entries;
var result = await AccuracyRun.RunAsync(entries, outDirectory, TimeSpan.FromMinutes(30));
var report = AccuracyReport.Render(result);
Console.WriteLine(report);
File.WriteAllText(Path.Combine(outDirectory, "report.md"), report);
File.WriteAllLines(
    Path.Combine(outDirectory, "outcomes.tsv"),
    result.Outcomes.Select(o => string.Join('\t', o.Entry.Bfs, o.Entry.Domain, o.Entry.Label, o.PavillonClass, o.Disagreement?.Id ?? "agree", o.PavillonAnswer)));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Written: {outDirectory}/report.md, outcomes.tsv, scan.json, replay.zone"));
return 0;
