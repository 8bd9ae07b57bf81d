using Pavillon.Assessment;
using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Tests.Assessment;

/// <summary>The shipped policy data, literal providers and one-dependency organisations to rate.</summary>
internal static class PolicyFixtures
{
    public static PolicyData Data { get; } = PolicyData.Load(Path.Combine(AppContext.BaseDirectory, "data", "policy"));

    public static JurisdictionPolicy Policy(string id) => Data.Resolve(id, out _) ?? throw new InvalidOperationException(id);

    public static Assessor Assessor(string policy, ProviderKnowledge? knowledge = null) => new(Policy(policy), Data, knowledge);

    public static ProviderRef UsParentedHost { get; } = new()
    {
        Id = "amazon-web-services",
        Name = "Amazon Web Services",
        Country = "LU",
        Jurisdiction = "US",
        Parents = [new ParentRef(null, "Amazon.com, Inc.", "US")],
    };

    public static ProviderRef GermanHost { get; } = new() { Id = "hetzner", Name = "Hetzner", Country = "DE", Jurisdiction = "DE" };

    public static ProviderRef FrenchHost { get; } = new() { Id = "ovhcloud", Name = "OVHcloud", Country = "FR", Jurisdiction = "FR" };

    public static ProviderRef SwissMail { get; } = new() { Id = "proton", Name = "Proton", Country = "CH", Jurisdiction = "CH" };

    /// <summary>A US company owned by a French group: French law at the top, US law on the entity that holds the data.</summary>
    public static ProviderRef UsSubsidiaryOfFrenchGroup { get; } = new()
    {
        Id = "ovh-us",
        Name = "OVH US",
        Country = "US",
        Jurisdiction = "FR",
        Parents = [new ParentRef("ovhcloud", "OVH Groupe SA", "FR")],
    };

    public static ProviderRef Self { get; } = new() { Id = "self", Name = "Mairie", Country = "FR", Jurisdiction = "FR" };

    public static ProviderRef Unknown { get; } = new() { Id = "unknown", Name = "unknown" };

    public static Dependency On(ProviderRef provider, ServiceKind service = ServiceKind.WebHosting, string? location = null) => new()
    {
        Service = service,
        Provider = provider,
        Location = location,
        Confidence = Confidence.High,
        Subject = "www.exemple.fr",
        Evidence = [],
    };

    public static OrganisationResult Organisation(string group, params Dependency[] dependencies) => new()
    {
        Organisation = new Organisation("Org " + group, "exemple.fr", group, []),
        Status = OrganisationStatus.Ok,
        Hosting = new HostingSummary(null, false, []),
        Email = new EmailSummary([], [], []),
        Dependencies = dependencies,
    };

    public static Provider KnowledgeProvider(string id, string country, IReadOnlyList<string>? alternatives = null, IReadOnlyList<string>? categories = null, string? parentCountry = null) => new()
    {
        Id = id,
        Name = id.ToUpperInvariant(),
        Country = country,
        Parents = parentCountry is null ? [] : [new ParentCompany("Parent of " + id, parentCountry)],
        Alternatives = alternatives ?? [],
        Categories = categories ?? [],
    };
}
