using Pavillon.Domains;
using Pavillon.KnowledgeBase;
using Pavillon.Network;

namespace Pavillon.Cli;

/// <summary>Where the shipped data lives: a data/ folder beside the binary (copied there by the build and the tool package).</summary>
internal static class DataPaths
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "data");

    public static string Providers => Path.Combine(Root, "providers");

    public static ProviderKnowledge LoadKnowledge() => ProviderKnowledge.Load(Providers);

    public static PublicSuffixList LoadSuffixes() => PublicSuffixList.Default;

    /// <summary>The IP data snapshot, or null with the reason when it is missing or unreadable.</summary>
    public static (IpDataSnapshot? Snapshot, string? Problem) TryLoadIpData()
    {
        var path = IpDataSnapshot.DefaultPath;
        if (!File.Exists(path))
        {
            return (null, $"no IP data snapshot at {path}: run 'pavillon data update'");
        }

        try
        {
            return (IpDataSnapshot.Load(path), null);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return (null, $"the IP data snapshot {path} could not be read: {ex.Message}");
        }
    }
}
