using System.Text;
using Pavillon.Model;
using Pavillon.Reporting;

namespace Pavillon.Cli.Commands;

/// <summary>Renders a result in the chosen format to --output or the standard output.</summary>
internal static class ReportWriter
{
    public static async Task WriteAsync(ScanResult result, OutputSettings settings, CancellationToken cancellationToken)
    {
        var renderer = ReportRenderers.Get(settings.Format);
        var options = settings.ReportOptions();
        if (settings.Output is null)
        {
            Console.OutputEncoding = Encoding.UTF8;
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            renderer.Render(result, options, stdout);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(settings.Output));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await using var file = new StreamWriter(settings.Output, append: false, new UTF8Encoding(false));
        renderer.Render(result, options, file);
        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
