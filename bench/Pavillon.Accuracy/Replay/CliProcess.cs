using System.Diagnostics;
using System.Text;

namespace Pavillon.Accuracy.Replay;

/// <summary>Runs the real CLI (pavillon.dll beside this assembly) as a child process.</summary>
public static class CliProcess
{
    /// <summary>Path of the CLI assembly copied beside the harness or the tests.</summary>
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "pavillon.dll");

    /// <summary>Runs <c>dotnet pavillon.dll ARGS</c>; returns the exit code and standard error, or throws after <paramref name="limit"/>.</summary>
    public static async Task<(int ExitCode, string StandardError)> RunAsync(IEnumerable<string> arguments, TimeSpan limit)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(dotnet) ? "dotnet" : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pavillon ran longer than {limit.TotalSeconds} s.");
        }

        await stdout.ConfigureAwait(false);
        return (process.ExitCode, await stderr.ConfigureAwait(false));
    }
}
