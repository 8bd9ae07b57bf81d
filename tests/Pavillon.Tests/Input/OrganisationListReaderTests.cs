using Pavillon.Input;

namespace Pavillon.Tests.Input;

public sealed class OrganisationListReaderTests
{
    public sealed class TheReadCsvMethod
    {
        [Fact]
        public void Should_read_quoted_fields_with_commas_doubled_quotes_and_crlf_line_ends()
        {
            const string text = "name,website,group\r\n\"Parti \"\"Exemple\"\", section locale\",parti.fr,Partis\r\nSyndicat Exemple,https://www.syndicat.fr/accueil,Syndicats\r\n";

            var list = OrganisationListReader.ReadCsv(text, "liste.csv");

            Assert.Empty(list.Problems);
            Assert.Equal(2, list.Organisations.Count);
            var parti = list.Organisations[0];
            Assert.Equal("Parti \"Exemple\", section locale", parti.Name);
            Assert.Equal("parti.fr", parti.Website);
            Assert.Equal("Partis", parti.Group);
            Assert.Equal("FR", parti.HomeCountry);
            Assert.Equal("liste.csv:2", parti.Source);
            Assert.Equal("https://www.syndicat.fr/accueil", list.Organisations[1].Website);
            Assert.Equal("Syndicats", list.Organisations[1].Group);
        }

        [Fact]
        public void Should_ignore_a_byte_order_mark_before_the_header()
        {
            var list = OrganisationListReader.ReadCsv("\uFEFFname,website,group\nMairie,mairie-exemple.fr,Communes\n", "liste.csv");

            Assert.Empty(list.Problems);
            Assert.Equal("Mairie", Assert.Single(list.Organisations).Name);
        }

        [Fact]
        public void Should_report_a_line_with_the_wrong_field_count_by_its_number_and_keep_the_others()
        {
            const string text = "name,website,group\nUn,un.fr,A\nDeux,deux.fr\nTrois,trois.fr,C\n";

            var list = OrganisationListReader.ReadCsv(text, "liste.csv");

            Assert.Equal(["Un", "Trois"], list.Organisations.Select(o => o.Name));
            var problem = Assert.Single(list.Problems);
            Assert.Equal(3, problem.Line);
            Assert.Equal("liste.csv:3: expected 3 fields (name,website,group), found 2", problem.ToString());
        }

        [Fact]
        public void Should_keep_an_organisation_with_an_invalid_website_and_name_the_field_and_line()
        {
            const string text = "name,website,group\nBon,bon.fr,A\nMauvais,pas un site,B\n";

            var list = OrganisationListReader.ReadCsv(text, "liste.csv");

            Assert.Equal(["Bon", "Mauvais"], list.Organisations.Select(o => o.Name));
            var problem = Assert.Single(list.Problems);
            Assert.Equal(3, problem.Line);
            Assert.StartsWith("field 'website':", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_number_lines_after_a_quoted_field_spanning_two_lines()
        {
            const string text = "name,website,group\n\"Parti\nExemple\",parti.fr,A\nDeux,deux.fr\n";

            var list = OrganisationListReader.ReadCsv(text, "liste.csv");

            Assert.Equal("Parti\nExemple", Assert.Single(list.Organisations).Name);
            Assert.Equal(4, Assert.Single(list.Problems).Line);
        }

        [Fact]
        public void Should_read_mail_domains_and_home_country_columns()
        {
            const string text = "name,website,group,mail_domains,home_country\nParti,parti.fr,A,parti.fr; parti.org,be\n";

            var organisation = Assert.Single(OrganisationListReader.ReadCsv(text, "liste.csv").Organisations);

            Assert.Equal(["parti.fr", "parti.org"], organisation.MailDomains);
            Assert.Equal("BE", organisation.HomeCountry);
        }

        [Fact]
        public void Should_refuse_a_header_without_a_website_column()
        {
            var list = OrganisationListReader.ReadCsv("nom,site\nParti,parti.fr\n", "liste.csv");

            Assert.Empty(list.Organisations);
            Assert.Equal(1, Assert.Single(list.Problems).Line);
        }

        [Fact]
        public void Should_report_an_unclosed_quote()
        {
            var list = OrganisationListReader.ReadCsv("name,website,group\n\"Parti,parti.fr,A\n", "liste.csv");

            Assert.Empty(list.Organisations);
            Assert.Contains("not closed", Assert.Single(list.Problems).Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheReadYamlMethod
    {
        [Fact]
        public void Should_read_a_list_of_organisations()
        {
            const string text = """
                - name: Parti Exemple
                  website: parti.fr
                  group: Partis
                - name: Syndicat Exemple
                  website: https://syndicat.fr/
                  group: Syndicats
                  mail_domains: [syndicat.fr, syndicat.org]
                """;

            var list = OrganisationListReader.ReadYaml(text, "liste.yaml");

            Assert.Empty(list.Problems);
            Assert.Equal(["Parti Exemple", "Syndicat Exemple"], list.Organisations.Select(o => o.Name));
            Assert.Equal(["syndicat.fr", "syndicat.org"], list.Organisations[1].MailDomains);
            Assert.Equal("liste.yaml:4", list.Organisations[1].Source);
        }

        [Fact]
        public void Should_read_organisations_under_an_organisations_key()
        {
            const string text = """
                organisations:
                  - name: Mairie d'Exemple
                    website: mairie-exemple.fr
                    group: Communes
                  - parti.fr
                """;

            var list = OrganisationListReader.ReadYaml(text, "liste.yaml");

            Assert.Empty(list.Problems);
            Assert.Equal(["Mairie d'Exemple", "parti.fr"], list.Organisations.Select(o => o.Name));
        }

        [Fact]
        public void Should_report_a_syntax_error_with_its_line()
        {
            var list = OrganisationListReader.ReadYaml("- name: Parti\n  website: [parti.fr\n", "liste.yaml");

            Assert.Empty(list.Organisations);
            Assert.Single(list.Problems);
        }

        [Fact]
        public void Should_refuse_a_document_that_is_not_a_list()
        {
            var list = OrganisationListReader.ReadYaml("name: Parti\nwebsite: parti.fr\n", "liste.yaml");

            Assert.Empty(list.Organisations);
            Assert.Equal("expected a list of organisations", Assert.Single(list.Problems).Message);
        }
    }

    public sealed class TheReadLinesMethod
    {
        [Fact]
        public void Should_read_one_site_per_line_skipping_comments_and_blank_lines()
        {
            const string text = "# Partis\r\nparti.fr\r\n\r\n  https://www.syndicat.fr/  \r\n# fin\r\nmairie-évry.fr\r\n";

            var list = OrganisationListReader.ReadLines(text, "liste.txt");

            Assert.Empty(list.Problems);
            Assert.Equal(["parti.fr", "https://www.syndicat.fr/", "mairie-évry.fr"], list.Organisations.Select(o => o.Website));
            Assert.Equal(["parti.fr", "www.syndicat.fr", "mairie-évry.fr"], list.Organisations.Select(o => o.Name));
            Assert.Equal("liste.txt:6", list.Organisations[2].Source);
        }

        [Fact]
        public void Should_drop_a_comment_at_the_end_of_a_line()
        {
            var list = OrganisationListReader.ReadLines("parti.fr   # site principal\nsyndicat.fr\t#ancien nom\n  https://mairie.fr/#accueil\n", "liste.txt");

            Assert.Empty(list.Problems);
            Assert.Equal(["parti.fr", "syndicat.fr", "https://mairie.fr/#accueil"], list.Organisations.Select(o => o.Website));
        }

        [Fact]
        public void Should_report_an_unusable_line_by_its_number()
        {
            var list = OrganisationListReader.ReadLines("parti.fr\nftp://archive.parti.fr\n", "liste.txt");

            Assert.Equal(2, Assert.Single(list.Problems).Line);
        }
    }

    public sealed class TheReadMethod : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("pavillon-input-").FullName;

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        [Theory]
        [InlineData("liste.csv", "name,website,group\nParti,parti.fr,A\n")]
        [InlineData("liste.txt", "name,website,group\nParti,parti.fr,A\n")]
        [InlineData("liste.yml", "- name: Parti\n  website: parti.fr\n")]
        [InlineData("liste.txt", "# one per line\nparti.fr\n")]
        public void Should_choose_the_format_from_the_extension_then_the_content(string fileName, string content)
        {
            var path = Path.Combine(_directory, fileName);
            File.WriteAllText(path, content);

            var list = OrganisationListReader.Read(path);

            Assert.Empty(list.Problems);
            Assert.Equal("parti.fr", Assert.Single(list.Organisations).Website);
        }
    }
}
