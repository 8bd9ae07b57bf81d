namespace Pavillon.Cli;

/// <summary>The process exit codes (a contract, see ARCHITECTURE.md §5).</summary>
public enum ExitCode
{
    /// <summary>Done, even if some organisations could not be reached: they are reported with their status.</summary>
    Done = 0,

    /// <summary>An internal failure.</summary>
    InternalFailure = 1,

    /// <summary>Bad usage or unusable input.</summary>
    BadInput = 2,
}
