using Pavillon.Model;

namespace Pavillon.Assessment;

/// <summary>Compares the groups of an assessed scan: per service kind, under whose law the providers are; and a ranking.</summary>
internal static class GroupComparison
{
    public const string SelfJurisdiction = "self";
    public const string UnknownJurisdiction = "unknown";

    public static List<GroupAssessment> Compare(IReadOnlyList<OrganisationResult> organisations)
    {
        var groups = organisations
            .GroupBy(organisation => organisation.Organisation.Group, StringComparer.Ordinal)
            .Select(Assess)
            .ToList();

        // Equal means share a rank (1, 2, 2, 4), so the order of the input never decides.
        var means = groups.Where(group => group.MeanScore is not null).Select(group => group.MeanScore!.Value).ToList();
        return [.. groups.Select(group => group with { Rank = group.MeanScore is { } mean ? 1 + means.Count(other => other > mean) : null })];
    }

    private static GroupAssessment Assess(IGrouping<string, OrganisationResult> group)
    {
        var scored = group.Select(organisation => organisation.Assessment?.Score).OfType<int>().ToList();
        var services = new List<GroupServiceShare>();
        foreach (var kind in Enum.GetValues<ServiceKind>())
        {
            var assessments = group
                .Select(organisation => organisation.Assessment?.Services.FirstOrDefault(service => service.Service == kind))
                .OfType<ServiceAssessment>()
                .ToList();
            if (assessments.Count == 0)
            {
                continue;
            }

            services.Add(new GroupServiceShare
            {
                Service = kind,
                Organisations = assessments.Count,
                Accepted = assessments.Count(service => service.Accepted),
                Jurisdictions = [.. assessments
                    .GroupBy(JurisdictionOf, StringComparer.Ordinal)
                    .Select(byCountry => new JurisdictionShare(byCountry.Key, byCountry.Count(), Math.Round((double)byCountry.Count() / assessments.Count, 4)))
                    .OrderByDescending(share => share.Organisations)
                    .ThenBy(share => share.Jurisdiction, StringComparer.Ordinal)],
            });
        }

        return new GroupAssessment
        {
            Group = group.Key,
            Organisations = group.Count(),
            Scored = scored.Count,
            MeanScore = scored.Count == 0 ? null : Math.Round(scored.Average(), 1, MidpointRounding.AwayFromZero),
            Services = services,
        };
    }

    // The country a service's weakest dependency answers to: for "foreign", the law that reaches it.
    private static string JurisdictionOf(ServiceAssessment service) => service.Rating switch
    {
        Rating.SelfHosted => SelfJurisdiction,
        Rating.Unknown => UnknownJurisdiction,
        _ => service.Country ?? UnknownJurisdiction,
    };
}
