using Pavillon.Input;

namespace Pavillon.Tests.Input;

public sealed class WebsiteTests
{
    public sealed class TheParseMethod
    {
        [Theory]
        [InlineData("parti.fr", "parti.fr", "https://parti.fr/")]
        [InlineData("  PARTI.FR.  ", "parti.fr", "https://parti.fr/")]
        [InlineData("https://www.parti.fr/accueil?lang=fr", "www.parti.fr", "https://www.parti.fr/accueil?lang=fr")]
        [InlineData("http://parti.fr", "parti.fr", "http://parti.fr/")]
        [InlineData("mairie-évry.fr", "xn--mairie-vry-h7a.fr", "https://xn--mairie-vry-h7a.fr/")]
        [InlineData("https://www.mairie-évry.fr/contact", "www.xn--mairie-vry-h7a.fr", "https://www.xn--mairie-vry-h7a.fr/contact")]
        public void Should_normalise_a_domain_or_url(string text, string host, string url)
        {
            var website = Website.Parse(text, out var error);

            Assert.Null(error);
            Assert.NotNull(website);
            Assert.Equal(host, website.Host);
            Assert.Equal(url, website.Url.AbsoluteUri);
        }

        [Theory]
        [InlineData("", "the website is empty")]
        [InlineData("pas un site", "is not a domain name or an http(s) URL")]
        [InlineData("ftp://parti.fr", "is not a domain name or an http(s) URL")]
        [InlineData("localhost", "is not a fully qualified domain name")]
        [InlineData("192.0.2.10", "is an IP address")]
        [InlineData("https://192.0.2.10/", "is an IP address")]
        [InlineData("[2001:db8::1]", "is an IP address")]
        [InlineData("https://[2001:db8::1]:8443/", "is an IP address")]
        [InlineData("parti_exemple.fr", "is not a valid host name")]
        public void Should_refuse_what_is_not_a_usable_domain(string text, string problem)
        {
            var website = Website.Parse(text, out var error);

            Assert.Null(website);
            Assert.NotNull(error);
            Assert.Contains(problem, error, StringComparison.Ordinal);
        }
    }
}
