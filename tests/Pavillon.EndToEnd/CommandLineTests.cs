using Pavillon.EndToEnd.Infrastructure;

namespace Pavillon.EndToEnd;

/// <summary>The command line itself: help for every command, and usage errors with exit code 2.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string> Commands => ["scan", "report", "providers list", "providers show", "providers validate", "data info", "data update"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Should_print_help_for_every_command(string command)
    {
        var run = await PavillonRunner.RunAsync([.. command.Split(' '), "--help"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("USAGE", run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("internal failure", run.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "pdf", "--format 'pdf'")]
    [InlineData("--lang", "de", "--lang 'de'")]
    [InlineData("--dns-server", "resolver.example", "--dns-server 'resolver.example'")]
    [InlineData("--connect-to", "a:b:c", "--connect-to 'a:b:c'")]
    [InlineData("--concurrency", "0", "--concurrency")]
    [InlineData("--tenant-probe-interval", "-5", "--tenant-probe-interval")]
    public async Task Should_refuse_a_bad_option_with_exit_code_2_and_name_it(string option, string value, string named)
    {
        var run = await PavillonRunner.RunAsync(["scan", "exemple.fr", option, value, "--offline"]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains(named, run.StandardError + run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_missing_input_file_with_exit_code_2()
    {
        var run = await PavillonRunner.RunAsync(["scan", "--input", "/nonexistent/list.csv", "--offline"]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("/nonexistent/list.csv", run.StandardError, StringComparison.Ordinal);
    }
}
