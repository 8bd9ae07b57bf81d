using System.Text.RegularExpressions;
using Pavillon.EndToEnd.Infrastructure;
using Pavillon.EndToEnd.ScenarioModel;

namespace Pavillon.EndToEnd;

/// <summary>
/// The Markdown report of one scan compared with a committed expected file. On a difference the received file
/// is written beside the expected one (Snapshots/NAME.received.md, ignored by git) for review.
/// </summary>
[Collection(MiniInternetCollection.Name)]
public sealed partial class MarkdownSnapshotTests(MiniInternet internet)
{
    [Fact]
    public async Task Should_render_the_markdown_report_as_committed()
    {
        var input = Path.Combine(ScenarioLoader.Folder, "batch", "organisations.csv");
        var output = Path.Combine(internet.WorkDirectory, "snapshot.md");
        var run = await PavillonRunner.RunAsync(["scan", "--input", input, "--format", "markdown", "--lang", "fr", "--output", output, .. internet.NetworkArguments()]);
        Assert.True(run.ExitCode == 0, run.Describe());

        var received = Normalise(File.ReadAllText(output));
        var expectedPath = Path.Combine(SourceFolder(), "Snapshots", "batch.fr.md");
        var receivedPath = Path.ChangeExtension(expectedPath, ".received.md");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (expected != received)
        {
            File.WriteAllText(receivedPath, received);
            Assert.Fail(expected is null
                ? $"no expected snapshot yet: review {receivedPath} and rename it to {expectedPath}"
                : $"the Markdown report changed: compare {receivedPath} with {expectedPath}");
        }

        File.Delete(receivedPath);
    }

    /// <summary>Removes what changes from run to run: timestamps, dates, the knowledge-base version, durations, the tool version, the ports of the mini-internet.</summary>
    internal static string Normalise(string text)
    {
        text = Timestamp().Replace(text, "<time>");
        // The knowledge-base version moves with every data commit, certificate dates with the day of the run.
        text = KnowledgeBaseVersion().Replace(text, "<kb-version>");
        text = Date().Replace(text, "<date>");
        text = Duration().Replace(text, "<duration>");
        text = Version().Replace(text, "pavillon <version>");
        text = Port().Replace(text, "127.0.0.1:<port>");
        return text.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>
    /// This project's source folder, found by walking up from the binaries: compile-time source paths are
    /// remapped in CI builds (ContinuousIntegrationBuild), so [CallerFilePath] does not name a real folder there.
    /// </summary>
    private static string SourceFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pavillon.slnx")))
            {
                return Path.Combine(directory.FullName, "tests", "Pavillon.EndToEnd");
            }
        }

        throw new InvalidOperationException($"no Pavillon.slnx above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?( ?(Z|UTC|[+-]\d{2}:?\d{2}))?")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}\+[0-9a-f]+")]
    private static partial Regex KnowledgeBaseVersion();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex Date();

    [GeneratedRegex(@"\b\d+([.,]\d+)? ?(ms|s)\b")]
    private static partial Regex Duration();

    [GeneratedRegex(@"pavillon v?\d+\.\d+\.\d+[-+\w.]*", RegexOptions.IgnoreCase)]
    private static partial Regex Version();

    [GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial Regex Port();
}
