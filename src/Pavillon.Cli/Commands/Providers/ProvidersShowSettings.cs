using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pavillon.Cli.Commands.Providers;

/// <summary>Options of <c>pavillon providers show</c>.</summary>
public sealed class ProvidersShowSettings : CommandSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("Provider id, as in data/providers/ID.yaml.")]
    public string Id { get; init; } = string.Empty;
}
