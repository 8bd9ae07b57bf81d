using Pavillon.Collect.Rdap;
using Pavillon.Tests.Reporting;

namespace Pavillon.Tests.Collect.Rdap;

public sealed class RdapBootstrapTests
{
    private const string Bootstrap = """
        {
          "description": "RDAP bootstrap file for Domain Name System registrations",
          "publication": "2026-11-01T00:00:00Z",
          "services": [
            [["com", "net"], ["http://rdap.example-registry.test/com", "https://rdap.example-registry.test/com/v1"]],
            [["fr"], ["https://rdap.registre-fr.test/"]],
            [["gouv.fr"], ["https://rdap.gouv.test/"]],
            [["bad"], ["ftp://nowhere.test/"]],
            "not a service"
          ],
          "version": "1.0"
        }
        """;

    public sealed class TheServerForMethod
    {
        private readonly RdapBootstrap _bootstrap = RdapBootstrap.Parse(Bootstrap);

        [Fact]
        public void Should_choose_the_server_of_the_top_level_domain_and_prefer_https()
        {
            Assert.Equal("https://rdap.example-registry.test/com/v1/", _bootstrap.ServerFor("parti.com")?.AbsoluteUri);
            Assert.Equal("https://rdap.example-registry.test/com/v1/", _bootstrap.ServerFor("PARTI.NET.")?.AbsoluteUri);
            Assert.Equal("https://rdap.registre-fr.test/", _bootstrap.ServerFor("mairie-exemple.fr")?.AbsoluteUri);
        }

        [Fact]
        public void Should_let_the_longest_matching_suffix_win()
        {
            Assert.Equal("https://rdap.gouv.test/", _bootstrap.ServerFor("ministere.gouv.fr")?.AbsoluteUri);
        }

        [Fact]
        public void Should_know_no_server_for_an_absent_tld_or_one_with_only_unusable_urls()
        {
            Assert.Null(_bootstrap.ServerFor("parti.de"));
            Assert.Null(_bootstrap.ServerFor("parti.bad"));
            Assert.Equal(4, _bootstrap.Count);
            Assert.Equal("2026-11-01T00:00:00Z", _bootstrap.Publication);
        }
    }

    public sealed class TheDomainUrlMethod
    {
        [Fact]
        public void Should_append_domain_and_the_name_to_the_base_url()
        {
            Assert.Equal("https://rdap.nic.fr/domain/parti-exemple.fr", RdapBootstrap.DomainUrl(new Uri("https://rdap.nic.fr/"), "Parti-Exemple.fr.").AbsoluteUri);
            Assert.Equal("https://rdap.verisign.com/com/v1/domain/parti.com", RdapBootstrap.DomainUrl(new Uri("https://rdap.verisign.com/com/v1"), "parti.com").AbsoluteUri);
        }
    }

    public sealed class TheParseMethod
    {
        [Fact]
        public void Should_refuse_a_document_without_services()
        {
            Assert.Throws<InvalidDataException>(() => RdapBootstrap.Parse("""{"version":"1.0"}"""));
            Assert.Throws<InvalidDataException>(() => RdapBootstrap.Parse("not json"));
        }

        [Fact]
        public void Should_read_the_shipped_file_with_afnic_for_fr()
        {
            var shipped = RdapBootstrap.Load(Path.Combine(Snapshot.RepositoryRoot(), "data", "rdap", "dns.json"));

            Assert.Equal("https://rdap.nic.fr/", shipped.ServerFor("mairie-exemple.fr")?.AbsoluteUri);
            Assert.NotNull(shipped.ServerFor("parti.com"));
            Assert.NotNull(shipped.ServerFor("parti.org"));
        }
    }
}
