using System.Globalization;
using Pavillon.Accuracy.Replay;

namespace Pavillon.EndToEnd.Accuracy;

/// <summary>
/// Replays a fixed sample of the mxmap-ch data set (298 Swiss municipalities covering every label, gateway and
/// disagreement class) through NSD and the real CLI, exactly as bench/accuracy.sh does for the full set, and
/// holds Pavillon's agreement with the labels above a floor per class, so that a knowledge-base edit cannot
/// silently break e-mail attribution. Floors are the figures measured on this sample (docs/accuracy.md), slightly lowered; the sample holds
/// more disagreements than the full set on purpose, so its figures are lower.
/// </summary>
public sealed class AccuracyRegressionTests
{
    /// <summary>Least share of each label's domains where Pavillon gives the same class (0 to 1).</summary>
    public static TheoryData<string, double> Floors => new()
    {
        { MailClass.Microsoft, 0.95 },
        { MailClass.Google, 0.60 },
        { MailClass.Aws, 0.95 },
        { MailClass.Infomaniak, 0.74 },
        { MailClass.Independent, 0.93 },
    };

    /// <summary>
    /// Least share of each label's domains where the mailbox Pavillon names, low confidence included (an SPF include
    /// alone behind a relay), is of the label's class (0 to 1).
    /// </summary>
    public static TheoryData<string, double> FloorsLowConfidenceIncluded => new()
    {
        { MailClass.Microsoft, 0.96 },
        { MailClass.Google, 0.80 },
        { MailClass.Aws, 0.95 },
        { MailClass.Infomaniak, 0.94 },
        { MailClass.Independent, 0.89 },
    };

    private static readonly Lazy<Task<AccuracyResult>> Run = new(() =>
    {
        var sample = MxmapDataSet.Load(Path.Combine(AppContext.BaseDirectory, "Accuracy", "mxmap-ch-sample.json"));
        var work = Directory.CreateTempSubdirectory("pavillon-accuracy-").FullName;
        return AccuracyRun.RunAsync(sample.Entries, work, TimeSpan.FromSeconds(120));
    });

    [Theory]
    [MemberData(nameof(Floors))]
    public async Task Should_agree_with_the_labels_of_each_class_at_least_as_often_as_measured(string label, double floor)
    {
        var result = await Run.Value;
        var agreement = result.Agreement(label);
        Assert.True(
            agreement >= floor,
            string.Create(CultureInfo.InvariantCulture, $"{label}: agreement {agreement:P1} fell below the floor {floor:P0}\n\n{AccuracyReport.Render(result)}"));
    }

    [Theory]
    [MemberData(nameof(FloorsLowConfidenceIncluded))]
    public async Task Should_name_the_labels_provider_at_some_confidence_at_least_as_often_as_measured(string label, double floor)
    {
        var result = await Run.Value;
        var agreement = result.AgreementWithHints(label);
        Assert.True(
            agreement >= floor,
            string.Create(CultureInfo.InvariantCulture, $"{label}: agreement, low confidence included, {agreement:P1} fell below the floor {floor:P0}\n\n{AccuracyReport.Render(result)}"));
    }

    [Fact]
    public async Task Should_replay_the_tenant_signals_through_the_realm_service()
    {
        var result = await Run.Value;
        Assert.NotEmpty(result.TenantRealms);
        Assert.Equal(result.Outcomes.Count, result.RealmQuestions);
    }

    [Fact]
    public async Task Should_sort_every_disagreement_into_a_documented_class()
    {
        var result = await Run.Value;
        var unsorted = result.Outcomes.Where(o => o.Disagreement?.Id == "other").Select(o => $"{o.Entry.Domain}: label {o.Entry.Label}, Pavillon {o.PavillonAnswer}").ToList();
        Assert.True(unsorted.Count == 0, "disagreements outside the documented classes:\n" + string.Join('\n', unsorted));
    }
}
