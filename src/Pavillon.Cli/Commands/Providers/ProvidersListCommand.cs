using System.Text.Json;
using Pavillon.Model;
using Pavillon.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pavillon.Cli.Commands.Providers;

/// <summary><c>pavillon providers list</c>: the knowledge base, filtered.</summary>
public sealed class ProvidersListCommand : Command<ProvidersListSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ProvidersListSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var knowledge = DataPaths.LoadKnowledge();
        var providers = knowledge.Providers
            .Where(p => settings.Category is null || p.Categories.Contains(settings.Category, StringComparer.OrdinalIgnoreCase))
            .Where(p => settings.Country is null || string.Equals(p.Country, settings.Country, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Jurisdiction, settings.Country, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (settings.Format == "json")
        {
            var rows = providers.Select(p => new { p.Id, p.Name, p.Country, p.Jurisdiction, p.Categories, Reviewed = p.Reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
            Console.Out.WriteLine(JsonSerializer.Serialize(new { knowledgeBase = knowledge.Version, providers = rows }, PavillonJson.Options));
            return (int)ExitCode.Done;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("id").AddColumn("name").AddColumn("country").AddColumn("jurisdiction").AddColumn("categories");
        foreach (var p in providers)
        {
            table.AddRow(
                Markup.Escape(p.Id),
                Markup.Escape(p.Name),
                $"{Countries.Flag(p.Country)} {p.Country}",
                $"{Countries.Flag(p.Jurisdiction)} {p.Jurisdiction}",
                Markup.Escape(string.Join(", ", p.Categories)));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"{providers.Count} of {knowledge.Providers.Count} providers, knowledge base {knowledge.Version}");
        return (int)ExitCode.Done;
    }
}
