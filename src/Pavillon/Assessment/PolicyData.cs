using System.Globalization;
using Pavillon.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Pavillon.Assessment;

/// <summary>
/// Everything the assess stage reads from data/policy/: the shipped policies, the weights table, the laws
/// that reach companies from abroad, and country names. Loaded once; the assessment itself does no I/O.
/// </summary>
public sealed class PolicyData
{
    /// <summary>The policy used when none is asked for.</summary>
    public const string DefaultPolicyId = "eu-eea";

    private static readonly Lazy<PolicyData> LazyDefault = new(() => Load(DefaultDirectory));

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    /// <param name="policies">The shipped policies.</param>
    /// <param name="weights">The weights table.</param>
    /// <param name="laws">Per country (ISO 3166-1 alpha-2), the laws that reach its companies' data abroad.</param>
    /// <param name="countries">Per country, its names.</param>
    public PolicyData(
        IReadOnlyList<JurisdictionPolicy> policies,
        WeightsTable weights,
        IReadOnlyDictionary<string, LocalizedText> laws,
        IReadOnlyDictionary<string, CountryName> countries)
    {
        Policies = policies;
        Weights = weights;
        Laws = laws;
        Countries = countries;
    }

    /// <summary>data/policy beside the application.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data", "policy");

    /// <summary>The data shipped with the application, loaded from <see cref="DefaultDirectory"/> on first use.</summary>
    /// <exception cref="PolicyException">A file is missing or malformed.</exception>
    public static PolicyData Default => LazyDefault.Value;

    /// <summary>The shipped policies, by file name order.</summary>
    public IReadOnlyList<JurisdictionPolicy> Policies { get; }

    public WeightsTable Weights { get; }

    public IReadOnlyDictionary<string, LocalizedText> Laws { get; }

    public IReadOnlyDictionary<string, CountryName> Countries { get; }

    /// <summary>A country's names; its code when the data has none.</summary>
    public CountryName CountryName(string code) => Countries.TryGetValue(code, out var name) ? name : Assessment.CountryName.FromCode(code);

    /// <summary>Reads policies/*.yaml, weights.yaml, laws.yaml and countries.yaml of <paramref name="directory"/>.</summary>
    /// <exception cref="PolicyException">A file is missing or malformed.</exception>
    public static PolicyData Load(string directory)
    {
        var policiesDirectory = Path.Combine(directory, "policies");
        if (!Directory.Exists(policiesDirectory))
        {
            throw new PolicyException($"no policy directory {policiesDirectory}");
        }

        var policies = Directory.GetFiles(policiesDirectory, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(LoadPolicy)
            .ToList();
        var weights = ReadWeights(Path.Combine(directory, "weights.yaml"));
        var laws = Read<Dictionary<string, Dictionary<string, string>>>(Path.Combine(directory, "laws.yaml"))
            .ToDictionary(pair => pair.Key, pair => Localized(pair.Value, "laws.yaml", pair.Key), StringComparer.Ordinal);
        var countries = Read<Dictionary<string, List<string>>>(Path.Combine(directory, "countries.yaml"))
            .ToDictionary(
                pair => pair.Key,
                pair => pair.Value.Count == 4
                    ? new CountryName(pair.Value[0], pair.Value[1], pair.Value[2], pair.Value[3])
                    : throw new PolicyException($"countries.yaml: {pair.Key} must list four names"),
                StringComparer.Ordinal);
        foreach (var policy in policies)
        {
            weights.Latest.Points(policy.Scale, Rating.Foreign);
        }

        return new PolicyData(policies, weights, laws, countries);
    }

    /// <summary>
    /// The policy named on the command line: a shipped policy id, or the path of a policy file (YAML, same
    /// fields as data/policy/policies/*.yaml).
    /// </summary>
    /// <returns>The policy, or null with <paramref name="error"/> set.</returns>
    public JurisdictionPolicy? Resolve(string nameOrFile, out string? error)
    {
        ArgumentNullException.ThrowIfNull(nameOrFile);
        error = null;
        var shipped = Policies.FirstOrDefault(policy => string.Equals(policy.Id, nameOrFile, StringComparison.OrdinalIgnoreCase));
        if (shipped is not null)
        {
            return shipped;
        }

        if (!File.Exists(nameOrFile))
        {
            error = $"--policy '{nameOrFile}' is neither a policy ({string.Join(", ", Policies.Select(policy => policy.Id))}) nor a file";
            return null;
        }

        try
        {
            var policy = LoadPolicy(nameOrFile);
            if (!Weights.Latest.Scales.ContainsKey(policy.Scale))
            {
                error = $"{nameOrFile}: scale '{policy.Scale}' is not in the weights table (known: {string.Join(", ", Weights.Latest.Scales.Keys)})";
                return null;
            }

            return policy;
        }
        catch (PolicyException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>Reads one policy file.</summary>
    /// <exception cref="PolicyException">The file is malformed; the message names the file and the field.</exception>
    public static JurisdictionPolicy LoadPolicy(string path)
    {
        var name = Path.GetFileName(path);
        var file = Read<PolicyFile>(path);
        if (string.IsNullOrWhiteSpace(file.Id))
        {
            throw new PolicyException($"{name}: field 'id' is required");
        }

        var chain = ChainScope.UltimateParent;
        if (file.Chain is not null && !KebabNames.TryParse(file.Chain, out chain))
        {
            throw new PolicyException($"{name}: chain '{file.Chain}' must be one of {KebabNames.All<ChainScope>()}");
        }

        var locations = (file.Locations ?? ["home", "eu-eea"]).Select(text => KebabNames.TryParse<Zone>(text, out var zone)
            ? zone
            : throw new PolicyException($"{name}: location '{text}' must be one of {KebabNames.All<Zone>()}")).ToList();
        var accepted = (file.Accepted ?? []).Select(text => KebabNames.TryParse<Rating>(text, out var rating)
            ? rating
            : throw new PolicyException($"{name}: accepted rating '{text}' must be one of {KebabNames.All<Rating>()}")).ToHashSet();
        var adequacy = (file.Adequacy ?? []).Select(code => Model.Countries.IsAssigned(code)
            ? code
            : throw new PolicyException($"{name}: adequacy '{code}' is not an ISO 3166-1 alpha-2 code")).ToHashSet(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(file.Scale))
        {
            throw new PolicyException($"{name}: field 'scale' is required");
        }

        return new JurisdictionPolicy
        {
            Id = file.Id,
            Version = file.Version,
            Name = Localized(file.Name, name, "name"),
            Description = Localized(file.Description, name, "description"),
            Chain = chain,
            Locations = locations,
            Adequacy = adequacy,
            Accepted = accepted,
            Scale = file.Scale,
        };
    }

    private static WeightsTable ReadWeights(string path)
    {
        var file = Read<WeightsFile>(path);
        var versions = new List<WeightsVersion>();
        foreach (var version in file.Versions ?? [])
        {
            var where = $"weights.yaml version {version.Version}";
            if (version.Version != versions.Count + 1)
            {
                throw new PolicyException($"{where}: versions must be numbered 1, 2, 3... in order");
            }

            if (!DateOnly.TryParseExact(version.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
            {
                throw new PolicyException($"{where}: 'published' must be a date yyyy-mm-dd");
            }

            var services = new Dictionary<ServiceKind, ServiceWeight>();
            foreach (var (kind, weight) in version.Services ?? [])
            {
                if (!KebabNames.TryParse<ServiceKind>(kind, out var service))
                {
                    throw new PolicyException($"{where}: unknown service kind '{kind}'");
                }

                if (!KebabNames.TryParse<Combine>(weight.Combine ?? "worst", out var combine))
                {
                    throw new PolicyException($"{where}: {kind}: combine must be one of {KebabNames.All<Combine>()}");
                }

                services[service] = new ServiceWeight(weight.Weight, combine);
            }

            var scales = new Dictionary<string, IReadOnlyDictionary<Rating, int>>(StringComparer.Ordinal);
            foreach (var (scale, points) in version.Scales ?? [])
            {
                var byRating = new Dictionary<Rating, int>();
                foreach (var (ratingName, value) in points)
                {
                    if (!KebabNames.TryParse<Rating>(ratingName, out var rating) || value is < 0 or > 100)
                    {
                        throw new PolicyException($"{where}: scale {scale}: '{ratingName}: {value}' must be a rating ({KebabNames.All<Rating>()}) with 0 to 100 points");
                    }

                    byRating[rating] = value;
                }

                if (byRating.Count != Enum.GetValues<Rating>().Length)
                {
                    throw new PolicyException($"{where}: scale {scale} must give points to every rating ({KebabNames.All<Rating>()})");
                }

                scales[scale] = byRating;
            }

            versions.Add(new WeightsVersion
            {
                Version = version.Version,
                Published = published,
                Changes = version.Changes ?? string.Empty,
                Services = services,
                Scales = scales,
            });
        }

        return versions.Count == 0 ? throw new PolicyException("weights.yaml: no version") : new WeightsTable { Versions = versions };
    }

    private static LocalizedText Localized(Dictionary<string, string>? values, string file, string field) =>
        values is not null && values.TryGetValue("en", out var en) && values.TryGetValue("fr", out var fr)
            ? new LocalizedText(en.Trim(), fr.Trim())
            : throw new PolicyException($"{file}: field '{field}' needs an 'en' and an 'fr' text");

    private static T Read<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new PolicyException($"no file {path}");
        }

        try
        {
            return Deserializer.Deserialize<T>(File.ReadAllText(path)) ?? throw new PolicyException($"{Path.GetFileName(path)}: empty file");
        }
        catch (YamlException ex)
        {
            throw new PolicyException($"{Path.GetFileName(path)}: line {ex.Start.Line}, column {ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
    }
}
