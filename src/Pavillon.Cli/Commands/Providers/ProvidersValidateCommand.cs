using System.ComponentModel;
using Pavillon.KnowledgeBase;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pavillon.Cli.Commands.Providers;

/// <summary>Options of <c>pavillon providers validate</c>.</summary>
public sealed class ProvidersValidateSettings : CommandSettings
{
    [CommandOption("--dir <DIRECTORY>")]
    [Description("Validate the provider files of DIRECTORY instead of the shipped knowledge base.")]
    public string? Directory { get; init; }
}

/// <summary><c>pavillon providers validate</c>: every check of the knowledge base; exit code 2 when any fails.</summary>
public sealed class ProvidersValidateCommand : Command<ProvidersValidateSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ProvidersValidateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var directory = settings.Directory ?? DataPaths.Providers;
        var knowledge = ProviderKnowledge.Load(directory);
        var problems = KnowledgeBaseValidator.Validate(knowledge);
        foreach (var problem in problems)
        {
            Consoles.Error.MarkupLineInterpolated($"[red]invalid:[/] {problem}");
        }

        Consoles.Error.MarkupLineInterpolated($"{knowledge.Providers.Count} providers, {problems.Count} problem(s), knowledge base {knowledge.Version}");
        return problems.Count == 0 ? (int)ExitCode.Done : (int)ExitCode.BadInput;
    }
}
