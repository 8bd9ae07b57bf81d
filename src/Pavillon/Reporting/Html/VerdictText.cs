using Pavillon.Assessment;

namespace Pavillon.Reporting.Html;

/// <summary>The words the assessment adds to reports (score, ratings, changes, groups), in one language.</summary>
internal sealed class VerdictText
{
    public static VerdictText French { get; } = new()
    {
        Score = "Score d'autonomie",
        Policy = "Politique",
        Weights = "pondérations v{0}",
        ChangesTitle = "À changer en priorité",
        Gain = "+{0} points",
        NoAlternative = "pas d'alternative dans la base",
        Alternatives = "alternatives",
        GroupsTitle = "Comparaison des groupes",
        Rank = "Rang",
        MeanScore = "Score moyen",
        Organisations = "Organisations",
        AcceptedShare = "{0} acceptés",
        NotScored = "non évalué",
        SelfHostedShort = "auto-hébergé",
        UnknownShort = "inconnu",
        Ratings = new Dictionary<Rating, string>
        {
            [Rating.SelfHosted] = "auto-hébergé",
            [Rating.Home] = "droit national",
            [Rating.Eu] = "droit UE/EEE",
            [Rating.Adequate] = "pays adéquat",
            [Rating.LocatedAbroad] = "données à l'étranger",
            [Rating.Unknown] = "inconnu",
            [Rating.Foreign] = "droit étranger",
        },
    };

    public static VerdictText English { get; } = new()
    {
        Score = "Autonomy score",
        Policy = "Policy",
        Weights = "weights v{0}",
        ChangesTitle = "Most useful changes",
        Gain = "+{0} points",
        NoAlternative = "no alternative in the knowledge base",
        Alternatives = "alternatives",
        GroupsTitle = "Group comparison",
        Rank = "Rank",
        MeanScore = "Mean score",
        Organisations = "Organisations",
        AcceptedShare = "{0} accepted",
        NotScored = "not scored",
        SelfHostedShort = "self-hosted",
        UnknownShort = "unknown",
        Ratings = new Dictionary<Rating, string>
        {
            [Rating.SelfHosted] = "self-hosted",
            [Rating.Home] = "home law",
            [Rating.Eu] = "EU/EEA law",
            [Rating.Adequate] = "adequate country",
            [Rating.LocatedAbroad] = "data abroad",
            [Rating.Unknown] = "unknown",
            [Rating.Foreign] = "foreign law",
        },
    };

    public required string Score { get; init; }

    public required string Policy { get; init; }

    /// <summary>Composite format: the weights version.</summary>
    public required string Weights { get; init; }

    public required string ChangesTitle { get; init; }

    /// <summary>Composite format: the points gained.</summary>
    public required string Gain { get; init; }

    public required string NoAlternative { get; init; }

    public required string Alternatives { get; init; }

    public required string GroupsTitle { get; init; }

    public required string Rank { get; init; }

    public required string MeanScore { get; init; }

    public required string Organisations { get; init; }

    /// <summary>Composite format: the share accepted, as a percentage.</summary>
    public required string AcceptedShare { get; init; }

    public required string NotScored { get; init; }

    public required string SelfHostedShort { get; init; }

    public required string UnknownShort { get; init; }

    public required IReadOnlyDictionary<Rating, string> Ratings { get; init; }

    public static VerdictText For(ReportLanguage language) => language == ReportLanguage.En ? English : French;
}
