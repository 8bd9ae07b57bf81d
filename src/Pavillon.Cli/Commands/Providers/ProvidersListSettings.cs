using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pavillon.Cli.Commands.Providers;

/// <summary>Options of <c>pavillon providers list</c>.</summary>
public sealed class ProvidersListSettings : CommandSettings
{
    [CommandOption("--category <CATEGORY>")]
    [Description("Only providers of this category (cloud, cdn, email-hosting, social-network...).")]
    public string? Category { get; init; }

    [CommandOption("--country <CC>")]
    [Description("Only providers whose own country or jurisdiction is CC.")]
    public string? Country { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        Format is "table" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format '{Format}' must be table or json");
}
