using Pavillon.Reporting;

namespace Pavillon.Tests.Reporting;

public sealed class CsvRendererTests
{
    private static string[] Lines()
    {
        using var output = new StringWriter();
        new CsvRenderer().Render(SampleScan.Create(), ReportOptions.Default, output);
        var text = output.ToString();
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return text[..^2].Split("\r\n");
    }

    [Fact]
    public void Should_write_one_row_per_dependency_and_one_for_an_organisation_without_any()
    {
        var lines = Lines();

        Assert.StartsWith("name,website,group,status,service,layer,subject,provider_id,", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 5 + 1 + 2 + 2, lines.Length);
        Assert.Equal("Parti Introuvable,introuvable.example,Partis,unreachable,,,,,,,,,,,", lines[6]);
    }

    [Fact]
    public void Should_quote_fields_with_quotes_or_commas()
    {
        var unionMail = Lines()[8];

        Assert.StartsWith("\"Union \"\"Solidaires\"\" du Rail\",", unionMail, StringComparison.Ordinal);
        Assert.EndsWith(",low,false,\"mx sud-rail.example.org: MX 10 mx.sud-rail.example.org; asn 198.51.100.25: AS64500 Example Networks GmbH, DE\"", unionMail, StringComparison.Ordinal);
    }
}
