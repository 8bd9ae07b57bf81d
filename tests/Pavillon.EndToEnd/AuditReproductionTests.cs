using System.Text.Json;
using Pavillon.EndToEnd.Infrastructure;
using Pavillon.EndToEnd.ScenarioModel;

namespace Pavillon.EndToEnd;

/// <summary>
/// The audit of examples/fr-partis-syndicats.csv reproduced on the mini-internet: one batch scan of the real
/// input list, then, organisation by organisation, the web host, the e-mail providers and the social networks
/// with their countries (Scenarios/audit/fr-partis-syndicats.yaml).
/// </summary>
[Collection(MiniInternetCollection.Name)]
public sealed class AuditReproductionTests(MiniInternet internet)
{
    // One scan serves every organisation of the set; tests of a collection run one after the other.
    private static (MiniInternet Internet, CliRun Run, string Json)? _scan;

    public static TheoryData<string> OrganisationNames =>
        [.. ScenarioLoader.LoadAuditSets().SelectMany(set => set.Organisations).Select(o => o.Organisation.Name)];

    [Fact]
    public void Should_cover_every_line_of_the_example_list()
    {
        var set = ScenarioLoader.LoadAuditSets().Single();
        var lines = File.ReadAllLines(Path.Combine(ScenarioLoader.Folder, "audit", set.Input)).Skip(1).Where(l => l.Length > 0).ToList();

        Assert.Equal(lines.Count, set.Organisations.Count);
        Assert.All(set.Organisations, o => Assert.Contains(lines, l => l.StartsWith(o.Organisation.Name + ",", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(OrganisationNames))]
    public async Task Should_find_the_audited_providers_of(string name)
    {
        var set = ScenarioLoader.LoadAuditSets().Single();
        var scenario = set.Organisations.Single(o => o.Organisation.Name == name);
        var (run, json) = await ScanOnceAsync(set);

        Assert.True(run.ExitCode == 0, run.Describe());
        using var document = JsonDocument.Parse(json);
        var organisation = document.RootElement.GetProperty("organisations").EnumerateArray()
            .Where(o => o.GetProperty("name").GetString() == name)
            .ToList();
        Assert.True(organisation.Count == 1, $"{name}: expected once in the output, found {organisation.Count}\n{run.Describe()}");
        var problems = ExpectationChecker.Check(scenario.Expect, organisation[0]);
        Assert.True(problems.Count == 0, $"{name} ({scenario.Source}):\n- {string.Join("\n- ", problems)}\n\n{organisation[0]}");
    }

    private async Task<(CliRun Run, string Json)> ScanOnceAsync(AuditSet set)
    {
        if (_scan is { } cached && ReferenceEquals(cached.Internet, internet))
        {
            return (cached.Run, cached.Json);
        }

        // A longer timeout: 19 organisations at once on a loaded 2-core machine must not turn into web timeouts.
        var output = Path.Combine(internet.WorkDirectory, "audit.json");
        var input = Path.Combine(ScenarioLoader.Folder, "audit", set.Input);
        var unreachable = set.Organisations.SelectMany(o => o.Unreachable);
        var run = await PavillonRunner.RunAsync(["scan", "--input", input, "--format", "json", "--output", output, "--concurrency", "4", .. internet.NetworkArguments(unreachable, timeoutSeconds: 10)]);
        var json = File.Exists(output) ? File.ReadAllText(output) : "{\"organisations\":[]}";
        _scan = (internet, run, json);
        return (run, json);
    }
}
