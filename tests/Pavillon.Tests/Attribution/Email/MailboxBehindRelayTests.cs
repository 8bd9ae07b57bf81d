using Pavillon.Model;

namespace Pavillon.Tests.Attribution.Email;

/// <summary>An MX that is not a known mail host (the organisation's own server, a hosting network) and the mailbox behind it.</summary>
public sealed class MailboxBehindRelayTests
{
    public sealed class TheAttributeMethod
    {
        [Fact]
        public void Should_find_microsoft_365_behind_the_organisations_own_relay_and_call_the_relay_a_gateway()
        {
            var result = new MailEvidence("mairie-exemple.fr")
                .Mx("10 relais.mairie-exemple.fr")
                .Address("relais.mairie-exemple.fr", "193.50.1.25", 2200, "Renater", "FR")
                .Ptr("193.50.1.25", "relais.mairie-exemple.fr")
                .Txt("mairie-exemple.fr", "v=spf1 ip4:193.50.1.25 include:spf.protection.outlook.com -all")
                .Cname("autodiscover.mairie-exemple.fr", "autodiscover.outlook.com")
                .Attribute();

            var relay = Assert.Single(result.Email.Dependencies, d => d.Provider.Id == "self");
            Assert.Equal(ServiceKind.EmailGateway, relay.Service);
            Assert.Equal("relay", relay.Layer);
            var mailbox = Assert.Single(result.Email.Dependencies, d => d.Provider.Id == "microsoft-365");
            Assert.Equal(ServiceKind.EmailInbound, mailbox.Service);
            Assert.Equal("mailbox", mailbox.Layer);
            Assert.Equal(Confidence.High, mailbox.Confidence);
            Assert.Equal(["self", "microsoft-365"], result.Email.Providers.Select(p => p.Id));
        }

        [Fact]
        public void Should_keep_an_spf_only_hint_out_of_the_summary_and_the_relay_as_it_is()
        {
            var result = new MailEvidence("mairie-exemple.fr")
                .Mx("10 mail.mairie-exemple.fr")
                .Address("mail.mairie-exemple.fr", "193.50.1.26", 2200, "Renater", "FR")
                .Ptr("193.50.1.26", "mail.mairie-exemple.fr")
                .Txt("mairie-exemple.fr", "v=spf1 mx include:_spf.google.com ~all")
                .Attribute();

            var own = Assert.Single(result.Email.Dependencies, d => d.Provider.Id == "self");
            Assert.Equal(ServiceKind.EmailInbound, own.Service);
            var hint = Assert.Single(result.Email.Dependencies, d => d.Provider.Id == "google-workspace");
            Assert.Equal(Confidence.Low, hint.Confidence);
            Assert.Equal(["self"], result.Email.Providers.Select(p => p.Id));
        }

        [Fact]
        public void Should_call_a_server_with_the_organisations_own_reverse_name_self_hosted_even_on_a_mail_hosts_network()
        {
            var result = new MailEvidence("parti-exemple.fr")
                .Mx("10 mail.parti-exemple.fr")
                .Address("mail.parti-exemple.fr", "51.91.12.35", 16276, "OVH SAS", "FR")
                .Ptr("51.91.12.35", "mail.parti-exemple.fr")
                .Attribute();

            var inbound = Assert.Single(result.Email.Dependencies);
            Assert.Equal("self", inbound.Provider.Id);
            Assert.Contains(inbound.Evidence, e => e.Kind == "asn" && e.Rule == "ovhcloud: AS16276");
        }
    }
}
