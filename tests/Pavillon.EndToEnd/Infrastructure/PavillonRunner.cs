using System.Diagnostics;
using System.Text;

namespace Pavillon.EndToEnd.Infrastructure;

/// <summary>Runs the real CLI (pavillon.dll, copied beside the tests) as a child process.</summary>
public static class PavillonRunner
{
    /// <summary>Longest a single CLI run may take before the test fails: 120 s.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    /// <summary>Path of the CLI assembly in the test output.</summary>
    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "pavillon.dll");

    /// <summary>Runs <c>dotnet pavillon.dll ARGS</c> and collects its exit code and output.</summary>
    public static async Task<CliRun> RunAsync(IEnumerable<string> arguments)
    {
        // The test host knows which dotnet launched it; fall back to the one on PATH.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(dotnet) ? "dotnet" : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No colours or terminal width guesses in captured output.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pavillon {string.Join(' ', start.ArgumentList.Skip(1))} ran longer than {Limit.TotalSeconds} s.");
        }

        return new CliRun(process.ExitCode, await stdout, await stderr, string.Join(' ', start.ArgumentList.Skip(1)));
    }
}
