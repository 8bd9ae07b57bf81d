using System.Globalization;
using Pavillon.Reporting;

namespace Pavillon.Tests.Reporting;

public sealed class CultureInvarianceTests
{
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Should_render_the_same_text_whatever_the_current_culture(string culture)
    {
        var expected = RenderAll();
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            Assert.Equal(expected, RenderAll());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    private static List<string> RenderAll() =>
        [.. ReportRenderers.Formats.Select(format =>
        {
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            ReportRenderers.Get(format).Render(SampleScan.Create(), ReportOptions.Default, output);
            return output.ToString();
        })];
}
