using System.ComponentModel;
using Pavillon.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pavillon.Cli.Commands;

/// <summary>Options shared by the commands that render a scan.</summary>
public class OutputSettings : CommandSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output format: table (default), markdown, json, csv, html.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-o|--output <FILE>")]
    [Description("Write the report to FILE instead of the standard output.")]
    public string? Output { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("Report language: fr (default) or en.")]
    [DefaultValue("fr")]
    public string Language { get; init; } = "fr";

    [CommandOption("--policy <NAME|FILE>")]
    [Description("Jurisdiction policy for verdicts and scores: national, eu-eea (default), eu-adequacy, strict, or a policy file (docs/policy.md).")]
    public string? Policy { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (!ReportRenderers.TryGet(Format, out _))
        {
            return ValidationResult.Error($"--format '{Format}' is not one of: {string.Join(", ", ReportRenderers.Formats)}");
        }

        if (Language is not ("fr" or "en"))
        {
            return ValidationResult.Error($"--lang '{Language}' must be fr or en");
        }

        return ValidationResult.Success();
    }

    /// <summary>The report options these settings describe.</summary>
    public ReportOptions ReportOptions() => new()
    {
        Language = Language == "en" ? ReportLanguage.En : ReportLanguage.Fr,
    };
}
