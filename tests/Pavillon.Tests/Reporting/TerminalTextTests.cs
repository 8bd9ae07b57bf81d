using Pavillon.Reporting;

namespace Pavillon.Tests.Reporting;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("OVHcloud", 8)]
    [InlineData("Hébergement", 11)]
    [InlineData("🇫🇷", 2)]
    [InlineData("OVHcloud 🇫🇷 FR", 14)]
    public void Should_count_terminal_columns(string text, int columns) => Assert.Equal(columns, TerminalText.Width(text));

    [Fact]
    public void Should_keep_a_flag_with_its_code_when_wrapping()
    {
        var lines = TerminalText.Wrap("Amazon Web Services 🇺🇸\u00A0US", 22);

        Assert.Equal(["Amazon Web Services", "🇺🇸 US"], lines);
    }

    [Fact]
    public void Should_cut_a_word_longer_than_the_line()
    {
        Assert.Equal(["https://ww", "w.exemple.", "fr"], TerminalText.Wrap("https://www.exemple.fr", 10));
    }
}
