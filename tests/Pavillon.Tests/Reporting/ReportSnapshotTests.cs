using Pavillon.Reporting;

namespace Pavillon.Tests.Reporting;

public sealed class ReportSnapshotTests
{
    [Theory]
    [InlineData("markdown", "fr", "report.fr.md")]
    [InlineData("markdown", "en", "report.en.md")]
    [InlineData("table", "fr", "report.fr.txt")]
    [InlineData("table", "en", "report.en.txt")]
    [InlineData("csv", "fr", "report.csv")]
    [InlineData("json", "fr", "report.json")]
    public void Should_render_the_sample_scan_as_the_committed_file(string format, string language, string expectedFile)
    {
        var options = new ReportOptions { Language = language == "en" ? ReportLanguage.En : ReportLanguage.Fr };
        using var output = new StringWriter();

        ReportRenderers.Get(format).Render(SampleScan.Create(), options, output);

        Snapshot.Verify(output.ToString(), expectedFile);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Should_not_depend_on_the_language_for_machine_formats(string format)
    {
        using var french = new StringWriter();
        using var english = new StringWriter();
        var renderer = ReportRenderers.Get(format);

        renderer.Render(SampleScan.Create(), new ReportOptions { Language = ReportLanguage.Fr }, french);
        renderer.Render(SampleScan.Create(), new ReportOptions { Language = ReportLanguage.En }, english);

        Assert.Equal(french.ToString(), english.ToString());
    }
}
