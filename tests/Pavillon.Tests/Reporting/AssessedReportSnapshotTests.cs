using System.Text.Json;
using Json.Schema;
using Pavillon.Assessment;
using Pavillon.KnowledgeBase;
using Pavillon.Model;
using Pavillon.Reporting;
using Pavillon.Tests.Assessment;

namespace Pavillon.Tests.Reporting;

public sealed class AssessedReportSnapshotTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), "docs", "output.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>The sample scan assessed under the EU/EEA policy, with a small literal knowledge base for the alternatives.</summary>
    public static ScanResult Create(string policy = "eu-eea")
    {
        var knowledge = ProviderKnowledge.FromProviders(
        [
            PolicyFixtures.KnowledgeProvider("microsoft-365", "IE", ["infomaniak", "mailo", "BlueMind (free software)"], ["email-hosting"], "US") with { Name = "Microsoft 365" },
            PolicyFixtures.KnowledgeProvider("infomaniak", "CH") with { Name = "Infomaniak" },
            PolicyFixtures.KnowledgeProvider("mailo", "FR") with { Name = "Mailo" },
            PolicyFixtures.KnowledgeProvider("facebook", "IE", ["mastodon", "pixelfed"], ["social-network"], "US") with { Name = "Facebook" },
            PolicyFixtures.KnowledgeProvider("mastodon", "DE") with { Name = "Mastodon" },
            PolicyFixtures.KnowledgeProvider("pixelfed", "DE") with { Name = "Pixelfed" },
            PolicyFixtures.KnowledgeProvider("aws", "LU", ["ovhcloud", "scaleway"], ["cloud"], "US") with { Name = "Amazon Web Services" },
            PolicyFixtures.KnowledgeProvider("ovhcloud", "FR") with { Name = "OVHcloud" },
            PolicyFixtures.KnowledgeProvider("scaleway", "FR") with { Name = "Scaleway" },
        ]);
        return PolicyFixtures.Assessor(policy, knowledge).Assess(SampleScan.Create());
    }

    [Theory]
    [InlineData("markdown", "fr", "report.assessed.fr.md")]
    [InlineData("markdown", "en", "report.assessed.en.md")]
    [InlineData("html", "fr", "report.fr.html")]
    [InlineData("html", "en", "report.en.html")]
    [InlineData("json", "fr", "report.assessed.json")]
    public void Should_render_the_assessed_sample_scan_as_the_committed_file(string format, string language, string expectedFile)
    {
        var options = new ReportOptions { Language = language == "en" ? ReportLanguage.En : ReportLanguage.Fr };
        using var output = new StringWriter();

        ReportRenderers.Get(format).Render(Create(), options, output);

        Snapshot.Verify(output.ToString(), expectedFile);
    }

    [Fact]
    public void Should_write_an_assessed_scan_that_the_output_schema_accepts()
    {
        using var document = JsonDocument.Parse(ScanDocument.ToJson(Create()));

        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 }).Select(detail => $"{detail.InstanceLocation}: {string.Join("; ", detail.Errors!.Values)}")));
    }

    [Fact]
    public void Should_read_back_the_assessment_it_wrote()
    {
        var assessed = Create();

        var (_, read) = ScanDocument.Read(ScanDocument.ToJson(assessed));

        Assert.Equal(ScanDocument.ToJson(assessed), ScanDocument.ToJson(read));
        Assert.Equal(assessed.Organisations[0].Assessment!.Score, read.Organisations[0].Assessment!.Score);
        Assert.Equal(Rating.Foreign, read.Organisations[0].Assessment!.Dependencies[1].Rating);
    }

    [Fact]
    public void Should_leave_an_unassessed_report_as_it_was()
    {
        using var assessed = new StringWriter();
        using var plain = new StringWriter();

        ReportRenderers.Get("markdown").Render(SampleScan.Create(), ReportOptions.Default, plain);
        ReportRenderers.Get("markdown").Render(Create(), ReportOptions.Default, assessed);

        // Every line of the audit stays, in the same order; the verdict only adds lines.
        var added = assessed.ToString().Split('\n').ToList();
        foreach (var line in plain.ToString().Split('\n'))
        {
            var at = added.IndexOf(line);
            Assert.True(at >= 0, $"line lost: {line}");
            added.RemoveRange(0, at + 1);
        }
    }

    [Fact]
    public void Should_make_an_html_page_that_requests_nothing()
    {
        using var output = new StringWriter();

        ReportRenderers.Get("html").Render(Create(), ReportOptions.Default, output);

        var html = output.ToString();
        Assert.Contains("content=\"default-src 'none';", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("href=\"(?!#|https://db-ip\\.com\")", html); // in-page links, and the credit DB-IP asks for
        Assert.DoesNotMatch(@"url\((?!#)", html); // flags point inside themselves (url(#us-a)), nothing else
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Contains("<symbol id=\"flag-us\"", html, StringComparison.Ordinal);
        Assert.Contains("<symbol id=\"flag-fr\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-kinds\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-providers\"", html, StringComparison.Ordinal);
    }
}
