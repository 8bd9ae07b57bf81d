using Pavillon.Cli;
using Pavillon.Cli.Commands;
using Pavillon.Cli.Commands.Data;
using Pavillon.Cli.Commands.Providers;
using Pavillon.Collect;
using Spectre.Console;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("pavillon");
    config.SetApplicationVersion(ToolVersion.Current);
    config.ConfigureConsole(AnsiConsole.Console);
    config.Settings.ExceptionHandler = (exception, _) =>
    {
        if (exception is CommandParseException or CommandRuntimeException)
        {
            Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
            return (int)ExitCode.BadInput;
        }

        Consoles.Error.MarkupLine("[red]internal failure:[/]");
        Consoles.Error.WriteException(exception, ExceptionFormats.ShortenEverything);
        return (int)ExitCode.InternalFailure;
    };

    config.AddCommand<ScanCommand>("scan")
        .WithDescription("Audit organisations: web hosting, e-mail, social networks, and the jurisdiction of each provider.")
        .WithExample("scan", "--input", "examples/fr-partis-syndicats.csv")
        .WithExample("scan", "exemple.fr", "--format", "markdown");
    config.AddCommand<ReportCommand>("report")
        .WithDescription("Render a stored scan (--format json) again, re-attributed with the current knowledge base, offline.")
        .WithExample("report", "--from", "scan.json", "--format", "markdown");
    config.AddBranch("providers", providers =>
    {
        providers.SetDescription("The knowledge base of providers.");
        providers.AddCommand<ProvidersListCommand>("list").WithDescription("List providers.");
        providers.AddCommand<ProvidersShowCommand>("show").WithDescription("Show every fact of one provider, with sources.");
        providers.AddCommand<ProvidersValidateCommand>("validate").WithDescription("Check every provider file.");
    });
    config.AddBranch("data", data =>
    {
        data.SetDescription("The IP data snapshot.");
        data.AddCommand<DataInfoCommand>("info").WithDescription("Date, sources and size of the IP data snapshot.");
        data.AddCommand<DataUpdateCommand>("update").WithDescription("Rebuild the IP data snapshot from the upstream packages.");
    });
});

return await app.RunAsync(args).ConfigureAwait(false);
