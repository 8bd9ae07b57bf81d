using System.Globalization;
using System.Text;
using System.Text.Json;
using Pavillon.EndToEnd.Infrastructure;
using Pavillon.KnowledgeBase;
using Pavillon.Network;

namespace Pavillon.Accuracy.Replay;

/// <summary>
/// The whole measurement: replays the entries' records in NSD on 127.0.0.1 and their tenant signals in a
/// loopback stand-in for Microsoft's user-realm service, scans them with the real CLI (no other web server: every
/// other connection is sent to 127.0.0.1:1), and compares Pavillon's classes with the labels.
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
    /// <param name="home">Home country given to the CLI (ISO 3166-1 alpha-2): CH for mxmap-ch.</param>
    public static async Task<AccuracyResult> RunAsync(IReadOnlyList<MxmapEntry> entries, string workDirectory, TimeSpan limit, string home = "CH")
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

        var realms = TenantReplay.Realms(entries);
        var caPath = Path.Combine(workDirectory, "test-ca.pem");
        using var authority = new TestCertificateAuthority(caPath);
        await using var realmServer = await TenantRealmServer.StartAsync(realms, authority).ConfigureAwait(false);
        using var nsd = NsdServer.Start(zone.Records);

        // --no-rdap rather than --offline: the realm probe stays on. The realm rule comes before the catch-all
        // because the first matching --connect-to rule wins.
        string[] arguments =
        [
            "scan", "--input", list, "--format", "json", "--output", output,
            "--dns-server", nsd.Endpoint, "--no-rdap", "--tenant-probe-interval", "0",
            "--concurrency", Concurrency.ToString(CultureInfo.InvariantCulture),
            "--timeout", TimeoutSeconds.ToString(CultureInfo.InvariantCulture),
            "--connect-to", realmServer.ConnectTo, "--connect-to", "::127.0.0.1:1", "--ca-cert", caPath,
            "--home", home, "--no-progress",
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
            var decision = ClassMapping.Decide(organisation, countHints: false);
            var withHints = ClassMapping.Decide(organisation, countHints: true);
            var disagreement = decision.Class == entry.Label ? null : DisagreementClassifier.Classify(entry, decision.Class, organisation);
            var hintDisagreement = withHints.Class == entry.Label ? null : DisagreementClassifier.Classify(entry, withHints.Class, organisation);
            outcomes.Add(new DomainOutcome(entry, decision.Class, ClassMapping.Describe(organisation), disagreement, decision, withHints, hintDisagreement));
        }

        outcomes = LabelSplit.Review(outcomes);
        var shown = string.Join(' ', arguments.Select(a => a == list ? "list.csv" : a == output ? "scan.json" : a == caPath ? "test-ca.pem" : a));
        return new AccuracyResult(outcomes, zone, shown, elapsed) { TenantRealms = realms, RealmQuestions = realmServer.Questions };
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
            text.Append(CultureInfo.InvariantCulture, $"{OrganisationName(entry)},{entry.Domain},mxmap,{entry.Domain}\n");
        }

        return text.ToString();
    }
}
