using System.Diagnostics;
using System.Text.Json;

namespace Pavillon.EndToEnd.Browser;

/// <summary>
/// Debian's Chromium, headless, with every background service it can be told to skip turned off; run inside
/// the tests' loopback-only network namespace, so even what it still tries cannot leave the machine.
/// </summary>
internal static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    // Browser-internal requests (time sync, component updates) carry this initiator; a page's own requests carry its origin.
    private const string BrowserInitiator = "not an origin";

    /// <summary>Opens <paramref name="page"/>, writes the DOM after scripts ran, a screenshot and the network log.</summary>
    /// <returns>The serialised DOM.</returns>
    public static async Task<string> OpenAsync(string page, string screenshot, string netLog, string profile, int width = 1280, int height = 2400)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"the browser test needs Chromium at {Executable}: apt-get install -y chromium");
        }

        string[] common =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
            $"--user-data-dir={profile}", $"--window-size={width},{height}",
        ];
        var url = new Uri(page).AbsoluteUri;
        await RunAsync([.. common, $"--screenshot={screenshot}", url]).ConfigureAwait(false);
        return await RunAsync([.. common, $"--log-net-log={netLog}", "--dump-dom", url]).ConfigureAwait(false);
    }

    /// <summary>The URLs the page itself asked for (not the browser's own services), from a --log-net-log file.</summary>
    public static IReadOnlyList<string> PageRequests(string netLog)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(netLog));
        var root = document.RootElement;
        var startJob = root.GetProperty("constants").GetProperty("logEventTypes").GetProperty("URL_REQUEST_START_JOB").GetInt32();
        var urls = new List<string>();
        foreach (var logEvent in root.GetProperty("events").EnumerateArray())
        {
            if (logEvent.GetProperty("type").GetInt32() != startJob || !logEvent.TryGetProperty("params", out var parameters))
            {
                continue;
            }

            var initiator = parameters.TryGetProperty("initiator", out var value) ? value.GetString() : null;
            if (initiator != BrowserInitiator && parameters.TryGetProperty("url", out var address))
            {
                urls.Add(address.GetString() ?? string.Empty);
            }
        }

        return urls;
    }

    private static async Task<string> RunAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 90 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {await error.ConfigureAwait(false)}");
        }

        return await output.ConfigureAwait(false);
    }
}
