using Pavillon.Assessment;
using Pavillon.Model;

namespace Pavillon.Reporting.Json;

/// <summary>One organisation in the JSON output, its identity flattened beside its results.</summary>
internal sealed record JsonOrganisation
{
    public required string Name { get; init; }

    public required string Website { get; init; }

    public required string Group { get; init; }

    public IReadOnlyList<string> MailDomains { get; init; } = [];

    public string HomeCountry { get; init; } = "FR";

    public string? Source { get; init; }

    public required OrganisationStatus Status { get; init; }

    public required IReadOnlyList<StageError> Errors { get; init; }

    public required JsonHosting Hosting { get; init; }

    public required JsonEmail Email { get; init; }

    public required IReadOnlyList<JsonSocial> Social { get; init; }

    public required IReadOnlyList<JsonDependency> Dependencies { get; init; }

    /// <summary>The verdict under the scan's policy; absent when the scan was not assessed.</summary>
    public OrganisationAssessment? Assessment { get; init; }
}
