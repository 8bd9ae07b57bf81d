using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pavillon.Cli.Commands;

/// <summary>Options of <c>pavillon report</c>.</summary>
public sealed class ReportSettings : OutputSettings
{
    [CommandOption("--from <SCAN.json>")]
    [Description("A scan written with --format json.")]
    public string? From { get; init; }

    [CommandOption("--home <CC>")]
    [Description("Judge every organisation from this home country (ISO 3166-1 alpha-2) instead of the one stored in the scan.")]
    public string? Home { get; init; }

    [CommandOption("--as-stored")]
    [Description("Render the stored attribution as it is, instead of re-attributing the stored evidence with the current knowledge base.")]
    public bool AsStored { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }

        return From is null ? ValidationResult.Error("--from SCAN.json is required") : ValidationResult.Success();
    }
}
