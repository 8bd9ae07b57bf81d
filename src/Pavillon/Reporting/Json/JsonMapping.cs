using Pavillon.Model;

namespace Pavillon.Reporting.Json;

/// <summary>Converts between the result model and the JSON contract's shapes, both ways, without loss.</summary>
internal static class JsonMapping
{
    public static JsonScanDocument ToDocument(ScanResult result) => new()
    {
        SchemaVersion = result.SchemaVersion,
        Tool = result.Tool,
        KnowledgeBase = result.KnowledgeBase,
        IpData = result.IpData,
        StartedAt = result.StartedAt,
        FinishedAt = result.FinishedAt,
        Organisations = [.. result.Organisations.Select(ToJson)],
        Evidence = result.Evidence,
        Assessment = result.Assessment,
    };

    public static ScanResult FromDocument(JsonScanDocument document) => new()
    {
        SchemaVersion = document.SchemaVersion,
        Tool = document.Tool,
        KnowledgeBase = document.KnowledgeBase,
        IpData = document.IpData,
        StartedAt = document.StartedAt,
        FinishedAt = document.FinishedAt,
        Organisations = [.. document.Organisations.Select(FromJson)],
        Evidence = document.Evidence,
        Assessment = document.Assessment,
    };

    private static JsonOrganisation ToJson(OrganisationResult result) => new()
    {
        Name = result.Organisation.Name,
        Website = result.Organisation.Website,
        Group = result.Organisation.Group,
        MailDomains = result.Organisation.MailDomains,
        HomeCountry = result.Organisation.HomeCountry,
        Source = result.Organisation.Source,
        Status = result.Status,
        Errors = result.Errors,
        Hosting = new JsonHosting
        {
            Provider = result.Hosting.Provider is { } provider ? ToJson(provider) : null,
            SelfHosted = result.Hosting.SelfHosted,
            Layers = [.. result.Hosting.Layers.Select(ToJson)],
        },
        Email = new JsonEmail
        {
            Providers = [.. result.Email.Providers.Select(ToJson)],
            Mx = result.Email.Mx,
            Dependencies = [.. result.Email.Dependencies.Select(ToJson)],
        },
        Social = [.. result.Social.Select(ToJson)],
        Dependencies = [.. result.Dependencies.Select(ToJson)],
        Assessment = result.Assessment,
    };

    private static OrganisationResult FromJson(JsonOrganisation json) => new()
    {
        Organisation = new Organisation(json.Name, json.Website, json.Group, json.MailDomains, json.HomeCountry) { Source = json.Source },
        Status = json.Status,
        Errors = json.Errors,
        Hosting = new HostingSummary(
            json.Hosting.Provider is { } provider ? FromJson(provider) : null,
            json.Hosting.SelfHosted,
            [.. json.Hosting.Layers.Select(FromJson)]),
        Email = new EmailSummary(
            [.. json.Email.Providers.Select(FromJson)],
            json.Email.Mx,
            [.. json.Email.Dependencies.Select(FromJson)]),
        Social = [.. json.Social.Select(FromJson)],
        Dependencies = [.. json.Dependencies.Select(FromJson)],
        Assessment = json.Assessment,
    };

    private static JsonSocial ToJson(SocialAccount account) => new()
    {
        Network = ToJson(account.Network),
        Url = account.Url,
        Software = account.Software,
        Instance = account.Instance,
        Evidence = account.Evidence,
    };

    private static SocialAccount FromJson(JsonSocial json) => new(FromJson(json.Network), json.Url)
    {
        Software = json.Software,
        Instance = json.Instance,
        Evidence = json.Evidence,
    };

    private static JsonDependency ToJson(Dependency dependency) => new()
    {
        Service = dependency.Service,
        Layer = dependency.Layer,
        Subject = dependency.Subject,
        Provider = ToJson(dependency.Provider),
        Location = dependency.Location,
        Confidence = dependency.Confidence,
        Evidence = dependency.Evidence,
    };

    private static Dependency FromJson(JsonDependency json) => new()
    {
        Service = json.Service,
        Layer = json.Layer,
        Subject = json.Subject,
        Provider = FromJson(json.Provider),
        Location = json.Location,
        Confidence = json.Confidence,
        Evidence = json.Evidence,
    };

    private static JsonProvider ToJson(ProviderRef provider) => new()
    {
        Id = provider.Id,
        Name = provider.Name,
        Country = provider.Country,
        Jurisdiction = provider.Jurisdiction,
        Parents = [.. provider.Parents.Select(parent => new JsonParent { Id = parent.Id, Name = parent.Name, Country = parent.Country })],
        InKnowledgeBase = provider.InKnowledgeBase,
    };

    private static ProviderRef FromJson(JsonProvider json) => new()
    {
        Id = json.Id,
        Name = json.Name,
        Country = json.Country,
        Jurisdiction = json.Jurisdiction,
        Parents = [.. json.Parents.Select(parent => new ParentRef(parent.Id, parent.Name, parent.Country))],
        InKnowledgeBase = json.InKnowledgeBase,
    };
}
