namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>The organisation as a user would give it to the scan.</summary>
public sealed record OrganisationSpec
{
    public string Name { get; init; } = string.Empty;

    /// <summary>Domain or URL passed as the scan target.</summary>
    public string Website { get; init; } = string.Empty;

    public string Group { get; init; } = string.Empty;

    public List<string> MailDomains { get; init; } = [];
}
