using System.Globalization;
using Pavillon.Network;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pavillon.Cli.Commands.Data;

/// <summary><c>pavillon data info</c>: what the IP data snapshot holds, its date and sources.</summary>
public sealed class DataInfoCommand : Command<EmptyCommandSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, EmptyCommandSettings settings, CancellationToken cancellationToken)
    {
        var (snapshot, problem) = DataPaths.TryLoadIpData();
        if (snapshot is null)
        {
            Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {problem}");
            return (int)ExitCode.BadInput;
        }

        Print(snapshot.Summary);
        return (int)ExitCode.Done;
    }

    /// <summary>Prints a snapshot summary on the standard output.</summary>
    internal static void Print(IpDataSummary s)
    {
        var console = AnsiConsole.Console;
        console.MarkupLineInterpolated($"IP data snapshot: {s.Path}");
        console.MarkupLineInterpolated($"  date: {s.Date} (format {s.FormatVersion.ToString(CultureInfo.InvariantCulture)}, {(s.SizeBytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MiB)");
        console.MarkupLineInterpolated($"  IPv4 routed ranges: {s.Ipv4Ranges.ToString("N0", CultureInfo.InvariantCulture)}, IPv6: {s.Ipv6Ranges.ToString("N0", CultureInfo.InvariantCulture)}");
        console.MarkupLineInterpolated($"  autonomous systems: {s.AsCount.ToString("N0", CultureInfo.InvariantCulture)} ({s.AsWithCountry.ToString("N0", CultureInfo.InvariantCulture)} with a registry country)");
        console.MarkupLineInterpolated($"  location ranges: IPv4 {s.Ipv4LocationRanges.ToString("N0", CultureInfo.InvariantCulture)}, IPv6 {s.Ipv6LocationRanges.ToString("N0", CultureInfo.InvariantCulture)}");
        console.MarkupLine("  sources:");
        foreach (var source in s.Sources)
        {
            console.MarkupLineInterpolated($"    {source}");
        }
    }
}
