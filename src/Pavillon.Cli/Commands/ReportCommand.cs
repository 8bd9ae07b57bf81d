using Pavillon.Attribution;
using Pavillon.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pavillon.Cli.Commands;

/// <summary><c>pavillon report --from SCAN.json</c>: re-attribute a stored scan with the current knowledge base, offline, and render it.</summary>
public sealed class ReportCommand : AsyncCommand<ReportSettings>
{
    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!File.Exists(settings.From))
        {
            Consoles.Error.MarkupLineInterpolated($"[red]error:[/] --from: no file {settings.From}");
            return (int)ExitCode.BadInput;
        }

        var home = settings.Home?.ToUpperInvariant();
        if (home is not null && !Model.Countries.IsAssigned(home))
        {
            Consoles.Error.MarkupLineInterpolated($"[red]error:[/] --home '{settings.Home}' is not an ISO 3166-1 alpha-2 code");
            return (int)ExitCode.BadInput;
        }

        Model.ScanResult stored;
        Evidence.EvidenceBundle? evidence;
        try
        {
            await using var stream = File.OpenRead(settings.From!);
            (evidence, stored) = ScanDocument.Read(stream);
        }
        catch (ScanDocumentException ex)
        {
            Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {settings.From}: {ex.Message}");
            return (int)ExitCode.BadInput;
        }

        var result = stored;
        var knowledge = DataPaths.LoadKnowledge();
        if (!settings.AsStored)
        {
            if (evidence is null)
            {
                Consoles.Error.MarkupLine("[yellow]warning:[/] the file holds no evidence; rendering the stored attribution as it is");
            }
            else
            {
                result = new Attributor(knowledge, DataPaths.LoadSuffixes()).Attribute(evidence);
            }
        }

        if (home is not null)
        {
            // The verdict depends on the home country (home, EU, adequacy...): judge from the one asked for.
            result = result with
            {
                Organisations = [.. result.Organisations.Select(o => o with { Organisation = o.Organisation with { HomeCountry = home } })],
            };
        }

        // A stored verdict is kept as it is only when asked for (--as-stored) and no other policy or home is named.
        if (!(settings.AsStored && settings.Policy is null && home is null && result.Assessment is not null))
        {
            var assessed = AssessmentStage.Run(result, settings, knowledge);
            if (assessed is null)
            {
                return (int)ExitCode.BadInput;
            }

            result = assessed;
        }

        await ReportWriter.WriteAsync(result, settings, cancellationToken).ConfigureAwait(false);
        return (int)ExitCode.Done;
    }
}
