using Pavillon.Collect.Rdap;

namespace Pavillon.Tests.Collect.Rdap;

public sealed class RdapParserTests
{
    // The shape of a thin-registry answer (.com): the registrar entity carries its IANA number in publicIds.
    private const string ComRecord = """
        {
          "objectClassName": "domain",
          "handle": "2336799_DOMAIN_COM-VRSN",
          "ldhName": "EXAMPLE-PARTI.COM",
          "entities": [
            {
              "objectClassName": "entity",
              "handle": "292",
              "roles": ["registrar"],
              "publicIds": [{ "type": "IANA Registrar ID", "identifier": "292" }],
              "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "MarkMonitor Inc."]]],
              "entities": [
                { "objectClassName": "entity", "roles": ["abuse"], "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", ""]]] }
              ]
            }
          ],
          "events": [
            { "eventAction": "registration", "eventDate": "1997-09-15T04:00:00Z" },
            { "eventAction": "expiration", "eventDate": "2028-09-14T04:00:00Z" }
          ],
          "nameservers": [
            { "objectClassName": "nameserver", "ldhName": "NS1.EXAMPLE-DNS.NET" },
            { "objectClassName": "nameserver", "ldhName": "ns2.example-dns.net." }
          ]
        }
        """;

    // The shape of a ccTLD answer without publicIds: the registrar is named and has the registry's handle only.
    private const string FrRecord = """
        {
          "objectClassName": "domain",
          "ldhName": "parti-exemple.fr",
          "entities": [
            { "objectClassName": "entity", "handle": "ABC123-FRNIC", "roles": ["registrant"] },
            {
              "objectClassName": "entity",
              "handle": "9999",
              "roles": ["registrar"],
              "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "  Registraire Exemple SAS "]]]
            }
          ]
        }
        """;

    public sealed class TheParseMethod
    {
        [Fact]
        public void Should_read_the_registrar_name_and_its_iana_registrar_id()
        {
            var fetch = RdapParser.Parse("example-parti.com", ComRecord);

            Assert.Null(fetch.Error);
            Assert.NotNull(fetch.Registrar);
            Assert.Equal("MarkMonitor Inc.", fetch.Registrar.Name);
            Assert.Equal(292, fetch.Registrar.IanaId);
            Assert.Equal("292", fetch.Registrar.Handle);
        }

        [Fact]
        public void Should_read_name_servers_in_lower_case_without_the_final_dot_and_the_registration_date()
        {
            var fetch = RdapParser.Parse("example-parti.com", ComRecord);

            Assert.Equal(["ns1.example-dns.net", "ns2.example-dns.net"], fetch.Nameservers);
            Assert.Equal(new DateTimeOffset(1997, 9, 15, 4, 0, 0, TimeSpan.Zero), fetch.Registered);
        }

        [Fact]
        public void Should_keep_a_registrar_without_public_ids_by_its_name_and_handle()
        {
            var fetch = RdapParser.Parse("parti-exemple.fr", FrRecord);

            Assert.NotNull(fetch.Registrar);
            Assert.Equal("Registraire Exemple SAS", fetch.Registrar.Name);
            Assert.Equal("9999", fetch.Registrar.Handle);
            Assert.Null(fetch.Registrar.IanaId);
        }

        [Fact]
        public void Should_find_a_registrar_entity_nested_one_level_down()
        {
            const string json = """
                {"objectClassName":"domain","entities":[{"roles":["registrant"],"entities":[
                  {"roles":["technical","registrar"],"publicIds":[{"type":"iana registrar id","identifier":" 433 "}],
                   "vcardArray":["vcard",[["fn",{},"text","OVH sas"]]]}]}]}
                """;

            var fetch = RdapParser.Parse("parti.com", json);

            Assert.Equal("OVH sas", fetch.Registrar?.Name);
            Assert.Equal(433, fetch.Registrar?.IanaId);
        }

        [Fact]
        public void Should_ignore_a_public_id_of_another_type_or_that_is_not_a_number()
        {
            const string json = """
                {"objectClassName":"domain","entities":[{"roles":["registrar"],
                  "publicIds":[{"type":"Registry ID","identifier":"146"},{"type":"IANA Registrar ID","identifier":"n/a"}]}]}
                """;

            var fetch = RdapParser.Parse("parti.com", json);

            Assert.NotNull(fetch.Registrar);
            Assert.Null(fetch.Registrar.IanaId);
            Assert.Null(fetch.Registrar.Name);
        }

        [Fact]
        public void Should_return_no_registrar_when_no_entity_has_the_role()
        {
            var fetch = RdapParser.Parse("parti.fr", """{"objectClassName":"domain","entities":[{"roles":["registrant"]}]}""");

            Assert.Null(fetch.Error);
            Assert.Null(fetch.Registrar);
            Assert.Empty(fetch.Nameservers);
            Assert.Null(fetch.Registered);
        }

        [Fact]
        public void Should_record_an_answer_that_is_not_json_as_an_error()
        {
            var fetch = RdapParser.Parse("parti.fr", "<html>Too many requests</html>");

            Assert.Null(fetch.Registrar);
            Assert.StartsWith("the RDAP answer is not JSON", fetch.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_record_an_error_object_or_another_class_as_an_error()
        {
            var notObject = RdapParser.Parse("parti.fr", "[1, 2]");
            var entity = RdapParser.Parse("parti.fr", """{"objectClassName":"entity","roles":["registrar"]}""");

            Assert.Equal("the RDAP answer is not a JSON object", notObject.Error);
            Assert.Equal("the RDAP answer is a 'entity' object, not a domain", entity.Error);
        }
    }
}
