using System.Globalization;
using Pavillon.Assessment;
using Pavillon.Model;

namespace Pavillon.Reporting.Html;

/// <summary>Culture-invariant numbers and shared phrases of the assessment, for Markdown and HTML.</summary>
internal static class VerdictFormatting
{
    /// <summary>The service kinds group comparisons show as columns, in this order.</summary>
    public static IReadOnlyList<ServiceKind> HeadlineKinds { get; } =
        [ServiceKind.WebHosting, ServiceKind.EmailInbound, ServiceKind.Dns, ServiceKind.SocialNetwork];

    /// <summary>A share 0..1 as a whole percentage: "50 %" in French (non-breaking space), "50%" in English.</summary>
    public static string Percent(double share, ReportLanguage language)
    {
        var value = Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
        return language == ReportLanguage.Fr ? value + "\u00A0%" : value + "%";
    }

    /// <summary>A mean score with one decimal: "61,5" in French, "61.5" in English.</summary>
    public static string Decimal(double value, ReportLanguage language)
    {
        var text = value.ToString("0.#", CultureInfo.InvariantCulture);
        return language == ReportLanguage.Fr ? text.Replace('.', ',') : text;
    }

    /// <summary>The policy line: "Politique : Droit de l'UE/EEE (eu-eea v1, pondérations v1)".</summary>
    public static string PolicyLine(ScanAssessment assessment, ReportText text, VerdictText verdict, ReportLanguage language)
    {
        var policy = assessment.Policy;
        var weights = string.Format(CultureInfo.InvariantCulture, verdict.Weights, policy.WeightsVersion);
        return string.Create(CultureInfo.InvariantCulture, $"{verdict.Policy}{text.Colon}{policy.Name.In(language == ReportLanguage.Fr)} ({policy.Id} v{policy.Version}, {weights})");
    }

    /// <summary>The groups by rank (unscored last), then in input order.</summary>
    public static IEnumerable<GroupAssessment> Ranked(ScanAssessment assessment) =>
        assessment.Groups.OrderBy(group => group.Rank ?? int.MaxValue);
}
