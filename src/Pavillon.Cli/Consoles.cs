using Spectre.Console;

namespace Pavillon.Cli;

/// <summary>Messages and progress go to standard error, so that standard output carries only the report.</summary>
internal static class Consoles
{
    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });
}
