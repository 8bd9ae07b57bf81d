using System.Text;
using Pavillon.Collect.Web;

namespace Pavillon.Tests.Collect.Web;

public sealed class WebFetcherTests
{
    public sealed class TheDecodeMethod
    {
        private static byte[] Bytes(params object[] parts) =>
            [.. parts.SelectMany(p => p is string s ? Encoding.ASCII.GetBytes(s) : [(byte)(int)p])];

        [Fact]
        public void Should_decode_utf8_by_default()
        {
            Assert.Equal("<p>Élection municipale</p>", WebFetcher.Decode(Encoding.UTF8.GetBytes("<p>Élection municipale</p>"), null));
        }

        [Theory]
        [InlineData("utf-8")]
        [InlineData("UTF-8")]
        [InlineData("\"utf-8\"")]
        public void Should_follow_the_header_charset(string charset)
        {
            Assert.Equal("Élu", WebFetcher.Decode(Encoding.UTF8.GetBytes("Élu"), charset));
        }

        [Fact]
        public void Should_decode_latin1()
        {
            Assert.Equal("Comité", WebFetcher.Decode(Bytes("Comit", 0xE9), "iso-8859-1"));
        }

        [Theory]
        [InlineData("windows-1252")]
        [InlineData("iso-8859-1")]
        public void Should_read_windows_1252_punctuation_as_browsers_do(string charset)
        {
            // 0x92 is the typographic apostrophe and 0x80 the euro sign in windows-1252; browsers read
            // ISO-8859-1 labels the same way.
            Assert.Equal("L’adhésion : 10 €", WebFetcher.Decode(Bytes("L", 0x92, "adh", 0xE9, "sion : 10 ", 0x80), charset));
        }

        [Fact]
        public void Should_decode_iso_8859_15_declared_in_a_meta_tag()
        {
            var body = Bytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\"></head><body>10 ", 0xA4, "</body>");

            Assert.EndsWith("10 €</body>", WebFetcher.Decode(body, null), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_use_a_meta_charset_when_the_header_has_none()
        {
            var body = Bytes("<meta charset='windows-1252'><p>Fran", 0xE7, "ais</p>");

            Assert.EndsWith("<p>Français</p>", WebFetcher.Decode(body, null), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_prefer_the_header_charset_to_the_meta_tag()
        {
            var body = Encoding.UTF8.GetBytes("<meta charset=\"iso-8859-1\"><p>Français</p>");

            Assert.EndsWith("<p>Français</p>", WebFetcher.Decode(body, "utf-8"), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_fall_back_to_utf8_for_an_unknown_charset()
        {
            Assert.Equal("Élu", WebFetcher.Decode(Encoding.UTF8.GetBytes("Élu"), "x-charset-inconnu"));
        }

        [Fact]
        public void Should_let_a_byte_order_mark_win_and_drop_it()
        {
            var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<p>Élu</p>")).ToArray();

            Assert.Equal("<p>Élu</p>", WebFetcher.Decode(body, "iso-8859-1"));
        }

        [Fact]
        public void Should_decode_an_empty_body()
        {
            Assert.Equal(string.Empty, WebFetcher.Decode([], "windows-1252"));
        }
    }
}
