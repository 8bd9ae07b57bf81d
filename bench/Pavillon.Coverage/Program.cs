using System.Globalization;
using Pavillon.Coverage;
using Pavillon.Domains;
using Pavillon.KnowledgeBase;
using Pavillon.Network;

// Knowledge-base coverage: offline, reads files only (provider files, IP data snapshot, Public Suffix List, mxmap data set).
// Usage: Pavillon.Coverage [--repo DIRECTORY] [--mxmap DATA.json] [--out REPORT.md] [--gaps N]
string? repo = null, mxmapPath = null, outPath = null;
var gapRows = 40;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--repo" when value is not null: repo = value; i++; break;
        case "--mxmap" when value is not null: mxmapPath = value; i++; break;
        case "--out" when value is not null: outPath = value; i++; break;
        case "--gaps" when value is not null: gapRows = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
        default:
            Console.Error.WriteLine("usage: Pavillon.Coverage [--repo DIRECTORY] [--mxmap DATA.json] [--out REPORT.md] [--gaps N]");
            return 2;
    }
}

repo ??= FindRepository(AppContext.BaseDirectory) ?? FindRepository(Directory.GetCurrentDirectory());
if (repo is null)
{
    Console.Error.WriteLine("coverage: repository not found (no data/providers above the program); pass --repo");
    return 2;
}

var knowledge = ProviderKnowledge.Load(Path.Combine(repo, "data", "providers"));
var snapshotPath = Path.Combine(repo, "data", "ipdata", IpDataSnapshot.FileName);
var ipInfo = IpDataSnapshot.ReadInfo(snapshotPath);
var spaces = IpDataAddressSpace.ByAs(snapshotPath);

MxCoverage? mx = null;
if (mxmapPath is not null)
{
    var suffixes = PublicSuffixList.Load(Path.Combine(repo, "data", "psl", "public_suffix_list.dat"));
    mx = MxCoverageCalculator.Compute(MxmapReader.Read(mxmapPath), knowledge, suffixes);
}

var asns = new[]
{
    AsnCoverageCalculator.Compute("Top 500 ASNs by IPv4 space", spaces, knowledge, 500),
    AsnCoverageCalculator.Compute("Top 100 French ASNs (registry country FR)", spaces, knowledge, 100, "FR"),
    AsnCoverageCalculator.Compute("Top 50 Swiss ASNs (registry country CH)", spaces, knowledge, 50, "CH"),
};
var report = CoverageReport.Render(knowledge.Version, knowledge.Providers.Count, ipInfo.Date, mx, asns, gapRows);
Console.Write(report);
if (outPath is not null)
{
    File.WriteAllText(outPath, report);
}

foreach (var problem in knowledge.Problems.Concat(knowledge.Conflicts))
{
    Console.Error.WriteLine($"knowledge base: {problem}");
}

return 0;

static string? FindRepository(string start)
{
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (Directory.Exists(Path.Combine(directory.FullName, "data", "providers")) && File.Exists(Path.Combine(directory.FullName, "Pavillon.slnx")))
        {
            return directory.FullName;
        }
    }

    return null;
}
