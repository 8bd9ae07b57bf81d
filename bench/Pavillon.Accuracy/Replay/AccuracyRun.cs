using System.Globalization;
using System.Text;
using System.Text.Json;
using Pavillon.EndToEnd.Infrastructure;
using Pavillon.KnowledgeBase;
using Pavillon.Network;

namespace Pavillon.Accuracy.Replay;

/// <summary>
/// The whole measurement: replays the entries' records in NSD on 127.0.0.1, scans them with the real CLI
/// (no web server, every connection sent to 127.0.0.1:1), and compares Pavillon's classes with the labels.
/// </summary>
public static class AccuracyRun
{
    /// <summary>Organisations scanned at once by the CLI: 32.</summary>
    public const int Concurrency = 32;

    /// <summary>Timeout of one DNS query or HTTP request given to the CLI, in seconds: 2.</summary>
    public const int TimeoutSeconds = 2;

    /// <summary>Runs the replay for <paramref name="entries"/> and returns one outcome per entry, in order.</summary>
    /// <param name="entries">Data-set entries (the full set or a sample).</param>
    /// <param name="workDirectory">Where the organisation list and the JSON scan are written.</param>
    /// <param name="limit">Longest the CLI may run.</param>
    public static async Task<AccuracyResult> RunAsync(IReadOnlyList<MxmapEntry> entries, string workDirectory, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var dataRoot = Path.Combine(AppContext.BaseDirectory, "data");
        var knowledge = ProviderKnowledge.Load(Path.Combine(dataRoot, "providers"));
        var snapshot = IpDataSnapshot.Load(IpDataSnapshot.DefaultPath);
        var addresses = AsAddressBook.Build(snapshot, ZoneReplay.AsnsNeeded(entries, knowledge));
        var zone = ZoneReplay.Build(entries, knowledge, addresses);

        Directory.CreateDirectory(workDirectory);
        var list = Path.Combine(workDirectory, "list.csv");
        var output = Path.Combine(workDirectory, "scan.json");
        File.WriteAllText(list, OrganisationList(entries), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(workDirectory, "replay.zone"), string.Join('\n', zone.Records.Select(r => r.ToZoneLine())) + "\n");

        using var nsd = NsdServer.Start(zone.Records);
        string[] arguments =
        [
            "scan", "--input", list, "--format", "json", "--output", output,
            "--dns-server", nsd.Endpoint, "--offline",
            "--concurrency", Concurrency.ToString(CultureInfo.InvariantCulture),
            "--timeout", TimeoutSeconds.ToString(CultureInfo.InvariantCulture),
            "--connect-to", "::127.0.0.1:1", "--home", "CH", "--no-progress",
        ];
        var started = DateTimeOffset.UtcNow;
        var (exitCode, stderr) = await CliProcess.RunAsync(arguments, limit).ConfigureAwait(false);
        var elapsed = DateTimeOffset.UtcNow - started;
        if (exitCode != 0 || !File.Exists(output))
        {
            throw new InvalidOperationException($"pavillon scan failed (exit code {exitCode}): {stderr}");
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(output));
        var byName = document.RootElement.GetProperty("organisations").EnumerateArray()
            .GroupBy(o => o.GetProperty("name").GetString() ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Clone(), StringComparer.Ordinal);
        var outcomes = new List<DomainOutcome>();
        foreach (var entry in entries)
        {
            var organisation = byName[OrganisationName(entry)];
            var pavillonClass = ClassMapping.Classify(organisation);
            var disagreement = pavillonClass == entry.Label ? null : DisagreementClassifier.Classify(entry, pavillonClass, organisation);
            outcomes.Add(new DomainOutcome(entry, pavillonClass, ClassMapping.Describe(organisation), disagreement));
        }

        return new AccuracyResult(outcomes, zone, string.Join(' ', arguments.Select(a => a == list ? "list.csv" : a == output ? "scan.json" : a)), elapsed);
    }

    /// <summary>The name given to the organisation of an entry: its BFS number and domain, unique in the data set.</summary>
    public static string OrganisationName(MxmapEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return $"{entry.Bfs} {entry.Domain}";
    }

    private static string OrganisationList(IEnumerable<MxmapEntry> entries)
    {
        var text = new StringBuilder("name,website,group,mail_domains\n");
        foreach (var entry in entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"{OrganisationName(entry)},{entry.Domain},mxmap-ch,{entry.Domain}\n");
        }

        return text.ToString();
    }
}
