using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>Reads the scenario files copied beside the test assembly.</summary>
public static class ScenarioLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>The folder holding the scenario files in the test output.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Scenarios");

    /// <summary>Every single-organisation scenario (Scenarios/*.yaml), by file name.</summary>
    public static IReadOnlyList<Scenario> LoadScenarios() =>
        [.. Directory.GetFiles(Folder, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(LoadScenario)];

    /// <summary>One scenario file; its name defaults to the file name.</summary>
    public static Scenario LoadScenario(string path)
    {
        Scenario scenario;
        try
        {
            scenario = Yaml.Deserialize<Scenario>(File.ReadAllText(path));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }

        return string.IsNullOrEmpty(scenario.Name)
            ? scenario with { Name = Path.GetFileNameWithoutExtension(path) }
            : scenario;
    }

    /// <summary>The audit reproduction set (Scenarios/audit/*.yaml).</summary>
    public static IReadOnlyList<AuditSet> LoadAuditSets()
    {
        var folder = Path.Combine(Folder, "audit");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(path => Yaml.Deserialize<AuditSet>(File.ReadAllText(path)))]
            : [];
    }

    /// <summary>Every organisation of every file, for building the shared mini-internet.</summary>
    public static IReadOnlyList<Scenario> LoadAll() =>
        [.. LoadScenarios(), .. LoadAuditSets().SelectMany(set => set.Organisations)];
}
