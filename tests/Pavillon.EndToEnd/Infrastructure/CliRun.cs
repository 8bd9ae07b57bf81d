namespace Pavillon.EndToEnd.Infrastructure;

/// <summary>The outcome of one CLI run.</summary>
/// <param name="ExitCode">Process exit code.</param>
/// <param name="StandardOutput">Everything written to stdout.</param>
/// <param name="StandardError">Everything written to stderr.</param>
/// <param name="CommandLine">The arguments, for failure messages.</param>
public sealed record CliRun(int ExitCode, string StandardOutput, string StandardError, string CommandLine)
{
    /// <summary>A readable account of the run for assertion messages (output cut to 4,000 characters each).</summary>
    public string Describe() =>
        $"pavillon {CommandLine}\nexit code {ExitCode}\n--- stderr ---\n{Cut(StandardError)}\n--- stdout ---\n{Cut(StandardOutput)}";

    private static string Cut(string text) => text.Length <= 4000 ? text : text[..4000] + "\n[...]";
}
