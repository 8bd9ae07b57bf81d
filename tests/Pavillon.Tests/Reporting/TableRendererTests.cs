using Pavillon.Reporting;

namespace Pavillon.Tests.Reporting;

public sealed class TableRendererTests
{
    [Theory]
    [InlineData(120)]
    [InlineData(100)]
    [InlineData(80)]
    public void Should_keep_every_line_within_the_width(int width)
    {
        using var output = new StringWriter();

        new TableRenderer().Render(SampleScan.Create(), new ReportOptions { Width = width }, output);

        var lines = output.ToString().Split('\n');
        Assert.All(lines, line => Assert.True(TerminalText.Width(line) <= width, $"{TerminalText.Width(line)} columns: {line}"));
        var tableLines = lines.Where(line => line.Length > 0 && "┌│├└".Contains(line[0], StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tableLines);
        Assert.Single(tableLines.Select(TerminalText.Width).Distinct());
    }

    [Fact]
    public void Should_show_flags_with_their_iso_code()
    {
        using var output = new StringWriter();

        new TableRenderer().Render(SampleScan.Create(), ReportOptions.Default, output);

        Assert.Contains("OVHcloud 🇫🇷 FR", output.ToString(), StringComparison.Ordinal);
    }
}
