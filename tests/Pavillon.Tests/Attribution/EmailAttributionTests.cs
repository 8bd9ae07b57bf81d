using Pavillon.Evidence;
using Pavillon.Model;

namespace Pavillon.Tests.Attribution;

public sealed class EmailAttributionTests
{
    public sealed class TheAttributeMethod
    {
        [Fact]
        public void Should_attribute_an_mx_host_by_its_provider_suffix()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.Microsoft365)
                .Mx("parti.fr", "10 parti-fr.mail.protection.outlook.com")
                .A("parti-fr.mail.protection.outlook.com", "52.101.68.1")
                .Address("52.101.68.1", 8075, "MICROSOFT-CORP", "US", "NL")
                .Attribute();

            var inbound = Assert.Single(result.Email.Dependencies);
            Assert.Equal(ServiceKind.EmailInbound, inbound.Service);
            Assert.Equal("microsoft-365", inbound.Provider.Id);
            Assert.Equal("US", inbound.Provider.Jurisdiction);
            Assert.Equal(Confidence.High, inbound.Confidence);
            Assert.Equal("NL", inbound.Location);
            Assert.Equal("microsoft-365: mx suffix mail.protection.outlook.com", Assert.Single(inbound.Evidence).Rule);
            Assert.Equal(["parti-fr.mail.protection.outlook.com"], result.Email.Mx);
            Assert.Equal("microsoft-365", Assert.Single(result.Email.Providers).Id);
        }

        [Fact]
        public void Should_list_two_mx_providers_most_preferred_first()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.OvhCloud, TestProviders.GoogleWorkspace)
                .Mx("parti.fr", "20 aspmx.l.google.com", "10 mx1.mail.ovh.net", "15 mx2.mail.ovh.net")
                .Attribute();

            Assert.Equal(["ovhcloud", "google-workspace"], result.Email.Providers.Select(p => p.Id));
            Assert.Equal(["mx1.mail.ovh.net", "mx2.mail.ovh.net", "aspmx.l.google.com"], result.Email.Mx);
            var ovh = Assert.Single(result.Email.Dependencies, d => d.Provider.Id == "ovhcloud");
            Assert.Equal("mx1.mail.ovh.net, mx2.mail.ovh.net", ovh.Subject);
            Assert.Equal(2, ovh.Evidence.Count);
        }

        [Fact]
        public void Should_attribute_an_mx_in_the_own_domain_to_the_host_its_reverse_name_belongs_to()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.Alwaysdata)
                .Mx("parti.fr", "10 mail.parti.fr")
                .A("mail.parti.fr", "185.31.40.12")
                .Address("185.31.40.12", 60362, "ALWAYSDATA", "FR", "FR", "smtp-in.alwaysdata.net")
                .Attribute();

            var inbound = Assert.Single(result.Email.Dependencies);
            Assert.Equal("alwaysdata", inbound.Provider.Id);
            Assert.Equal(Confidence.Medium, inbound.Confidence);
            Assert.Equal("FR", inbound.Location);
            Assert.Contains(inbound.Evidence, e => e.Kind == "ptr" && e.Rule == "alwaysdata: ptr suffix alwaysdata.net");
        }

        [Fact]
        public void Should_attribute_an_mx_in_the_own_domain_to_its_network_when_no_reverse_name_names_a_host()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.OvhCloud)
                .Mx("parti.fr", "10 mail.parti.fr")
                .A("mail.parti.fr", "51.91.12.35")
                .Address("51.91.12.35", 16276, "OVH SAS", "FR", "FR")
                .Attribute();

            var inbound = Assert.Single(result.Email.Dependencies);
            Assert.Equal("ovhcloud", inbound.Provider.Id);
            Assert.Equal(Confidence.Medium, inbound.Confidence);
            Assert.Contains(inbound.Evidence, e => e.Kind == "asn" && e.Rule == "ovhcloud: AS16276");
        }

        [Fact]
        public void Should_say_the_organisation_receives_its_own_mail_when_the_reverse_name_is_its_own()
        {
            var result = EvidenceBuilder.For("mairie-exemple.fr", "Mairie d'Exemple")
                .Mx("mairie-exemple.fr", "10 mail.mairie-exemple.fr")
                .A("mail.mairie-exemple.fr", "193.50.1.25")
                .Address("193.50.1.25", 2200, "Renater", "FR", "FR", "mail.mairie-exemple.fr")
                .Attribute();

            var inbound = Assert.Single(result.Email.Dependencies);
            Assert.Equal("self", inbound.Provider.Id);
            Assert.Equal("Mairie d'Exemple", inbound.Provider.Name);
            Assert.Contains(inbound.Evidence, e => e.Kind == "asn");
        }

        [Fact]
        public void Should_read_a_null_mx_as_no_mail_at_all()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Mx("parti.fr", "0 ")
                .Attribute();

            Assert.Empty(result.Email.Mx);
            Assert.Empty(result.Email.Providers);
            Assert.Empty(result.Email.Dependencies);
        }

        [Fact]
        public void Should_have_no_provider_when_the_domain_publishes_no_mx()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Mx("parti.fr")
                .Attribute();

            Assert.Empty(result.Email.Mx);
            Assert.Empty(result.Email.Dependencies);
        }

        [Fact]
        public void Should_keep_an_mx_host_without_address_as_unknown()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Mx("parti.fr", "10 mail.parti.fr")
                .Dns("mail.parti.fr", "A", DnsStatus.NxDomain)
                .Attribute();

            var inbound = Assert.Single(result.Email.Dependencies);
            Assert.Equal("unknown", inbound.Provider.Id);
            Assert.Equal(Confidence.Low, inbound.Confidence);
            Assert.Contains(inbound.Evidence, e => e.Observation == "the MX host has no address");
            Assert.Equal(["mail.parti.fr"], result.Email.Mx);
        }

        [Fact]
        public void Should_read_the_mail_domains_given_rather_than_the_website_domain()
        {
            var result = EvidenceBuilder.For("www.parti.fr")
                .MailDomains("parti.org")
                .Knowing(TestProviders.GoogleWorkspace, TestProviders.OvhCloud)
                .Mx("parti.fr", "10 mx1.mail.ovh.net")
                .Mx("parti.org", "1 smtp.google.com")
                .Attribute();

            Assert.Equal("google-workspace", Assert.Single(result.Email.Providers).Id);
        }
    }
}
