using System.Reflection;

namespace Pavillon.Collect;

/// <summary>The version of the Pavillon library, as built.</summary>
public static class ToolVersion
{
    /// <summary>The informational version without build metadata, for example "0.1.0".</summary>
    public static string Current { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
