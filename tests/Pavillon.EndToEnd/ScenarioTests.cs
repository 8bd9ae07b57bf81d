using System.Globalization;
using System.Text;
using System.Text.Json;
using Pavillon.EndToEnd.Infrastructure;
using Pavillon.EndToEnd.ScenarioModel;

namespace Pavillon.EndToEnd;

/// <summary>Each scenario file under Scenarios/: scan its organisation on the mini-internet and compare the JSON with its expectation.</summary>
[Collection(MiniInternetCollection.Name)]
public sealed class ScenarioTests(MiniInternet internet)
{
    public static TheoryData<string> ScenarioNames => [.. ScenarioLoader.LoadScenarios().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public Task Should_report_what_the_scenario_expects(string name) => RunScenarioAsync(name);

    private async Task RunScenarioAsync(string name)
    {
        var scenario = ScenarioLoader.LoadScenarios().Single(s => s.Name == name);
        var (run, document) = await ScanAsync(internet, scenario);

        Assert.True(run.ExitCode == scenario.Expect.ExitCode, $"expected exit code {scenario.Expect.ExitCode}\n{run.Describe()}");
        using (document)
        {
            var organisations = document.RootElement.GetProperty("organisations");
            Assert.True(organisations.GetArrayLength() == 1, $"expected one organisation, got {organisations.GetArrayLength()}\n{run.Describe()}");
            var problems = ExpectationChecker.Check(scenario.Expect, organisations[0]);
            Assert.True(problems.Count == 0, $"{scenario.Name}: {scenario.Description}\n- {string.Join("\n- ", problems)}\n\n{organisations[0]}");
        }
    }

    /// <summary>
    /// Scans one scenario's organisation as a user would: the website as target, or a one-line CSV when the
    /// scenario names mail domains (only an input list can carry them).
    /// </summary>
    internal static async Task<(CliRun Run, JsonDocument Document)> ScanAsync(MiniInternet internet, Scenario scenario)
    {
        var output = Path.Combine(internet.WorkDirectory, scenario.Name + ".json");
        File.Delete(output);
        var arguments = new List<string> { "scan" };
        if (scenario.Organisation.MailDomains.Count > 0)
        {
            var input = Path.Combine(internet.WorkDirectory, scenario.Name + ".csv");
            var o = scenario.Organisation;
            File.WriteAllText(input, string.Create(CultureInfo.InvariantCulture,
                $"name,website,group,mail_domains\n\"{o.Name}\",{o.Website},\"{o.Group}\",\"{string.Join(' ', o.MailDomains)}\"\n"), Encoding.UTF8);
            arguments.AddRange(["--input", input]);
        }
        else
        {
            arguments.Add(scenario.Organisation.Website);
        }

        arguments.AddRange(["--format", "json", "--output", output]);
        arguments.AddRange(internet.NetworkArguments(scenario.Unreachable));
        var run = await PavillonRunner.RunAsync(arguments);
        Assert.True(File.Exists(output), $"no JSON written to {output}\n{run.Describe()}");
        try
        {
            return (run, JsonDocument.Parse(File.ReadAllText(output)));
        }
        catch (JsonException ex)
        {
            Assert.Fail($"the output is not JSON: {ex.Message}\n{run.Describe()}");
            throw;
        }
    }
}
