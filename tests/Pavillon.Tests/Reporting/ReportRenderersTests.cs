using Pavillon.Reporting;

namespace Pavillon.Tests.Reporting;

public sealed class ReportRenderersTests
{
    [Fact]
    public void Should_register_every_format_once_with_the_table_first()
    {
        Assert.Equal(["table", "markdown", "csv", "json", "html"], ReportRenderers.Formats);
        Assert.Equal(ReportRenderers.DefaultFormat, ReportRenderers.Formats[0]);
    }

    [Fact]
    public void Should_find_a_format_whatever_its_case()
    {
        Assert.True(ReportRenderers.TryGet("Markdown", out var renderer));
        Assert.Equal("markdown", renderer.Format);
    }

    [Fact]
    public void Should_list_the_known_formats_when_one_is_unknown()
    {
        var error = Assert.Throws<ArgumentException>(() => ReportRenderers.Get("pdf"));

        Assert.Contains("table, markdown, csv, json", error.Message, StringComparison.Ordinal);
    }
}
