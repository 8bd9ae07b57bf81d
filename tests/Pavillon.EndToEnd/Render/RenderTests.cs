using System.Text.Json;
using Pavillon.EndToEnd.Infrastructure;

namespace Pavillon.EndToEnd.Render;

/// <summary>
/// --render loads the page in headless Chromium (Debian's /usr/bin/chromium) through the scan's loopback proxy:
/// it sees the script a script adds, which the static mode cannot.
/// </summary>
public sealed class RenderTests(RenderWorld world) : IClassFixture<RenderWorld>
{
    [Fact]
    public async Task Should_find_a_script_added_at_run_time_only_when_rendering()
    {
        using var staticScan = await ScanAsync(render: false);
        using var renderedScan = await ScanAsync(render: true);

        Assert.DoesNotContain(ThirdParties(staticScan), d => d.GetProperty("provider").GetProperty("id").GetString() == "google-analytics");
        var analytics = ThirdParties(renderedScan).SingleOrDefault(d => d.GetProperty("provider").GetProperty("id").GetString() == "google-analytics");
        Assert.True(analytics.ValueKind == JsonValueKind.Object, $"no google-analytics dependency after rendering\n{Describe(renderedScan)}");
        var evidence = analytics.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Contains(evidence, e => e.GetProperty("kind").GetString() == "rendered-request"
            && e.GetProperty("observation").GetString()!.StartsWith($"script https://{RenderWorld.ThirdPartyHost}/analytics.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_report_a_missing_browser_per_organisation_and_go_on()
    {
        var output = Path.Combine(world.Directory, "no-browser.json");
        var run = await PavillonRunner.RunAsync(
            ["scan", $"https://{RenderWorld.Site}/", "--render", "--chromium", "/nonexistent/chromium", "--format", "json", "--output", output, "--offline", .. world.NetworkArguments()]);

        Assert.True(run.ExitCode == 0, run.Describe());
        using var scan = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var organisation = scan.RootElement.GetProperty("organisations")[0];
        Assert.True(
            organisation.GetProperty("errors").EnumerateArray().Any(e => e.GetProperty("stage").GetString() == "render"
                && e.GetProperty("message").GetString()!.Contains("/nonexistent/chromium", StringComparison.Ordinal)),
            $"a render error naming the missing browser was expected\n{Describe(scan)}");
        Assert.NotEmpty(organisation.GetProperty("dependencies").EnumerateArray());
    }

    private async Task<JsonDocument> ScanAsync(bool render)
    {
        var output = Path.Combine(world.Directory, render ? "rendered.json" : "static.json");
        List<string> arguments = ["scan", $"https://{RenderWorld.Site}/", "--format", "json", "--output", output, "--offline", .. world.NetworkArguments()];
        if (render)
        {
            arguments.Add("--render");
        }

        var run = await PavillonRunner.RunAsync(arguments);
        Assert.True(run.ExitCode == 0, run.Describe());
        var document = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        if (render)
        {
            var errors = document.RootElement.GetProperty("organisations")[0].GetProperty("errors").EnumerateArray().ToList();
            Assert.True(errors.All(e => e.GetProperty("stage").GetString() != "render"), $"render failed: {string.Join("; ", errors)}");
        }

        return document;
    }

    /// <summary>The organisation's errors and the rendered requests, for failure messages.</summary>
    private static string Describe(JsonDocument scan)
    {
        var errors = scan.RootElement.GetProperty("organisations")[0].GetProperty("errors").ToString();
        var evidence = scan.RootElement.GetProperty("evidence").GetProperty("organisations")[0];
        var render = evidence.TryGetProperty("render", out var r) ? r.ToString() : "(no render)";
        return $"errors: {errors}\nrender: {render}";
    }

    private static List<JsonElement> ThirdParties(JsonDocument scan) =>
        scan.RootElement.GetProperty("organisations")[0].GetProperty("dependencies").EnumerateArray()
            .Where(d => d.GetProperty("service").GetString() == "third-party-resource")
            .ToList();
}
