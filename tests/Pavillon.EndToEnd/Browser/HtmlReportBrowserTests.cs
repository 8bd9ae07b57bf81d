using System.Text.RegularExpressions;
using Pavillon.EndToEnd.Infrastructure;
using Pavillon.EndToEnd.ScenarioModel;

namespace Pavillon.EndToEnd.Browser;

/// <summary>
/// Scans the batch of the mini-internet with --format html, opens the report in headless Chromium and checks
/// that it requests nothing, that flags and charts are drawn and that sorting works. The screenshot is kept
/// in TestResults/browser/ for a person to look at.
/// </summary>
[Collection(MiniInternetCollection.Name)]
public sealed partial class HtmlReportBrowserTests(MiniInternet internet)
{
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Should_open_the_html_report_without_any_request_and_show_flags_and_charts(string language)
    {
        var input = Path.Combine(ScenarioLoader.Folder, "batch", "organisations.csv");
        var report = Path.Combine(internet.WorkDirectory, $"report.{language}.html");
        var run = await PavillonRunner.RunAsync(["scan", "--input", input, "--format", "html", "--lang", language, "--policy", "eu-eea", "--output", report, .. internet.NetworkArguments()]);
        Assert.True(run.ExitCode == 0, run.Describe());

        var artefacts = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "TestResults", "browser")).FullName;
        var screenshot = Path.Combine(artefacts, $"report.{language}.png");
        var netLog = Path.Combine(artefacts, $"net-log.{language}.json");
        File.Copy(report, Path.Combine(artefacts, $"report.{language}.html"), overwrite: true);
        var profile = Directory.CreateTempSubdirectory("pavillon-chromium-").FullName;
        try
        {
            var dom = await HeadlessChromium.OpenAsync(report, screenshot, netLog, profile);

            Assert.Empty(HeadlessChromium.PageRequests(netLog));
            Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is (nearly) empty");
            Assert.Contains($"<html lang=\"{language}\">", dom, StringComparison.Ordinal);
            Assert.Matches(FlagSymbol(), dom);
            Assert.Matches(FlagUse(), dom);
            Assert.Contains("id=\"chart-kinds\"", dom, StringComparison.Ordinal);
            Assert.Contains("id=\"chart-providers\"", dom, StringComparison.Ordinal);
            Assert.Matches(ChartBar(), dom);
            Assert.Contains("<details class=\"dep\"", dom, StringComparison.Ordinal);
            Assert.Contains("class=\"sortable\"", dom, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    [Fact]
    public async Task Should_notice_a_page_that_makes_a_request()
    {
        // The control: without it, an empty list of requests could mean the log is not read at all.
        var page = Path.Combine(internet.WorkDirectory, "control.html");
        await File.WriteAllTextAsync(page, "<!DOCTYPE html><html><body><img src=\"http://192.0.2.1/pixel.png\" alt=\"\"></body></html>");
        var netLog = Path.Combine(internet.WorkDirectory, "control-net-log.json");
        var profile = Directory.CreateTempSubdirectory("pavillon-chromium-").FullName;
        try
        {
            await HeadlessChromium.OpenAsync(page, Path.Combine(internet.WorkDirectory, "control.png"), netLog, profile, 400, 300);

            Assert.Contains("http://192.0.2.1/pixel.png", HeadlessChromium.PageRequests(netLog));
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pavillon.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Pavillon.slnx not found above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex("<symbol id=\"flag-[a-z]{2}\" viewBox=")]
    private static partial Regex FlagSymbol();

    [GeneratedRegex("<svg class=\"flag\" role=\"img\" aria-label=\"[^\"]+\"><use href=\"#flag-[a-z]{2}\"")]
    private static partial Regex FlagUse();

    [GeneratedRegex("<rect x=\"[0-9.]+\" y=\"[0-9]+\" width=\"[1-9][0-9.]*\"")]
    private static partial Regex ChartBar();
}
