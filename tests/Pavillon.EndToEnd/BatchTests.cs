using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pavillon.EndToEnd.Infrastructure;
using Pavillon.EndToEnd.ScenarioModel;

namespace Pavillon.EndToEnd;

/// <summary>A batch from a CSV list with one malformed line, and the replay of its stored scan.</summary>
[Collection(MiniInternetCollection.Name)]
public sealed partial class BatchTests(MiniInternet internet)
{
    /// <summary>Line 3 of the input has five fields for a three-column header.</summary>
    private const int MalformedLine = 3;

    private static readonly string[] GoodWebsites = ["https://www.avenir-commun.fr", "https://www.syndicat-ovh-mail.fr", "https://www.federation-m365.fr"];

    private static string Input => Path.Combine(ScenarioLoader.Folder, "batch", "organisations.csv");

    [Fact]
    public async Task Should_scan_every_good_line_and_report_the_malformed_one_with_its_number()
    {
        var output = Path.Combine(internet.WorkDirectory, "batch.json");
        var run = await PavillonRunner.RunAsync(["scan", "--input", Input, "--format", "json", "--output", output, .. internet.NetworkArguments()]);

        Assert.True(run.ExitCode == 0, $"a malformed line must not fail the batch\n{run.Describe()}");
        var json = File.ReadAllText(output);
        using var document = JsonDocument.Parse(json);
        var organisations = document.RootElement.GetProperty("organisations").EnumerateArray().ToList();
        foreach (var website in GoodWebsites)
        {
            var found = organisations.Where(o => o.GetProperty("website").GetString()?.TrimEnd('/') == website).ToList();
            Assert.True(found.Count == 1, $"{website} must be scanned once, found {found.Count}\n{run.Describe()}");
            Assert.Equal("ok", found[0].GetProperty("status").GetString());
        }

        Assert.DoesNotContain(organisations, o => o.GetProperty("website").GetString()?.Contains("ligne-mal-formee", StringComparison.Ordinal) == true
            && o.GetProperty("status").GetString() != "invalid");
        Assert.True(LineReference().IsMatch(run.StandardError + run.StandardOutput + json),
            $"the malformed line must be reported with its number ({MalformedLine})\n{run.Describe()}");
    }

    [Fact]
    public async Task Should_give_the_same_organisations_when_a_stored_scan_is_replayed()
    {
        var scan = Path.Combine(internet.WorkDirectory, "replay-scan.json");
        var replay = Path.Combine(internet.WorkDirectory, "replay-report.json");
        var scanRun = await PavillonRunner.RunAsync(["scan", "--input", Input, "--format", "json", "--output", scan, .. internet.NetworkArguments()]);
        Assert.True(scanRun.ExitCode == 0, scanRun.Describe());

        // The replay runs without any network option: it must not need the mini-internet.
        var reportRun = await PavillonRunner.RunAsync(["report", "--from", scan, "--format", "json", "--output", replay]);

        Assert.True(reportRun.ExitCode == 0, reportRun.Describe());
        var scanned = JsonNode.Parse(File.ReadAllText(scan))!["organisations"];
        var replayed = JsonNode.Parse(File.ReadAllText(replay))!["organisations"];
        Assert.True(JsonNode.DeepEquals(scanned, replayed),
            $"report --from changed the organisations\n--- scan ---\n{scanned}\n--- replay ---\n{replayed}");
    }

    [Fact]
    public async Task Should_judge_a_stored_scan_from_another_home_country_when_asked()
    {
        var scan = Path.Combine(internet.WorkDirectory, "home-scan.json");
        var report = Path.Combine(internet.WorkDirectory, "home-report.json");
        var scanRun = await PavillonRunner.RunAsync(["scan", "--input", Input, "--format", "json", "--output", scan, .. internet.NetworkArguments()]);
        Assert.True(scanRun.ExitCode == 0, scanRun.Describe());

        var reportRun = await PavillonRunner.RunAsync(["report", "--from", scan, "--home", "ch", "--format", "json", "--output", report]);
        var refused = await PavillonRunner.RunAsync(["report", "--from", scan, "--home", "ZZ", "--format", "json"]);

        Assert.True(reportRun.ExitCode == 0, reportRun.Describe());
        var organisations = JsonNode.Parse(File.ReadAllText(report))!["organisations"]!.AsArray();
        Assert.NotEmpty(organisations);
        Assert.All(organisations, o => Assert.Equal("CH", (string?)o!["homeCountry"]));
        Assert.True(refused.ExitCode == 2, refused.Describe());
        Assert.Contains("--home 'ZZ'", refused.StandardError, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(:3\b|\bline 3\b|\bligne 3\b|""line""\s*:\s*3\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LineReference();
}
