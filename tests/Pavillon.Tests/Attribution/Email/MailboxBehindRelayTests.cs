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
        public void Should_look_behind_a_relay_that_sits_beside_a_filtering_gateway()
        {
            // One MX at a filtering gateway, the other an unknown host on a cloud network: neither holds mailboxes.
            var result = new MailEvidence("kommune-eksempel.no")
                .Mx("10 kommune-eksempel.in.tmes.trendmicro.eu", "10 kommune-eksempel.mx2.relais-eksempel.net")
                .Address("kommune-eksempel.mx2.relais-eksempel.net", "52.30.1.10", 16509, "Amazon.com, Inc.", "US")
                .Txt("kommune-eksempel.no", "v=spf1 include:spf.protection.outlook.com include:spf.tmes.trendmicro.com -all")
                .Cname("autodiscover.kommune-eksempel.no", "autodiscover.outlook.com")
                .Attribute();

            var mailbox = Assert.Single(result.Email.Dependencies, d => d.Provider.Id == "microsoft-365" && d.Layer == "mailbox");
            Assert.Equal(Confidence.High, mailbox.Confidence);
            var relay = Assert.Single(result.Email.Dependencies, d => d.Provider.Id == "amazon-web-services");
            Assert.Equal(ServiceKind.EmailGateway, relay.Service);
            Assert.Equal("relay", relay.Layer);
            Assert.Contains(result.Email.Dependencies, d => d.Provider.Id == "trend-micro-email" && d.Service == ServiceKind.EmailGateway && d.Layer is null);
            Assert.Contains(result.Email.Providers, p => p.Id == "microsoft-365");
        }

        [Fact]
        public void Should_not_take_a_sending_services_spf_include_for_a_mailbox_behind_a_gateway()
        {
            var result = new MailEvidence("ville-exemple.fr")
                .Mx("10 mx1.hc0000-00.eu.iphmx.com")
                .Txt("ville-exemple.fr", "v=spf1 include:amazonses.com include:spf.mailjet.com -all")
                .Attribute();

            Assert.DoesNotContain(result.Email.Dependencies, d => d.Layer == "mailbox");
            Assert.Contains(result.Dependencies, d => d.Service == ServiceKind.EmailOutbound && d.Provider.Id == "amazon-ses");
        }

        [Fact]
        public void Should_not_take_a_mail_hosts_newsletter_include_for_its_mailboxes_behind_a_relay()
        {
            var result = new MailEvidence("commune-exemple.ch")
                .Mx("10 mail.informatique-exemple.ch")
                .Address("mail.informatique-exemple.ch", "217.196.176.10", 64500, "Informatique Exemple SA", "CH")
                .Txt("commune-exemple.ch", "v=spf1 a mx include:newsletter.infomaniak.com ?all")
                .Attribute();

            Assert.DoesNotContain(result.Email.Dependencies, d => d.Layer == "mailbox");
            var sender = Assert.Single(result.Dependencies, d => d.Service == ServiceKind.EmailOutbound && d.Provider.Id == "infomaniak");
            Assert.Contains(sender.Evidence, e => e.Observation == "include:newsletter.infomaniak.com");
        }

        [Fact]
        public void Should_still_read_the_mail_service_include_beside_a_newsletter_include()
        {
            var result = new MailEvidence("commune-exemple.ch")
                .Mx("10 mail.informatique-exemple.ch")
                .Address("mail.informatique-exemple.ch", "217.196.176.10", 64500, "Informatique Exemple SA", "CH")
                .Txt("commune-exemple.ch", "v=spf1 include:spf.infomaniak.ch a:newsletter.infomaniak.com -all")
                .Attribute();

            var hint = Assert.Single(result.Email.Dependencies, d => d.Layer == "mailbox");
            Assert.Equal("infomaniak", hint.Provider.Id);
            Assert.DoesNotContain(hint.Evidence, e => e.Observation == "a:newsletter.infomaniak.com");
        }

        [Fact]
        public void Should_not_look_behind_a_gateway_when_the_other_mx_host_is_a_known_mail_host()
        {
            var result = new MailEvidence("kommune-eksempel.no")
                .Mx("10 kommune-eksempel.in.tmes.trendmicro.eu", "20 kommune-eksempel-no.mail.protection.outlook.com")
                .Txt("kommune-eksempel.no", "v=spf1 include:_spf.google.com -all")
                .Attribute();

            Assert.DoesNotContain(result.Email.Dependencies, d => d.Layer == "mailbox");
            Assert.Contains(result.Email.Providers, p => p.Id == "microsoft-365");
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

        [Fact]
        public void Should_give_medium_confidence_when_a_verified_tenant_corroborates_the_spf_include_behind_a_relay()
        {
            var result = new MailEvidence("commune-exemple.ch")
                .Mx("10 mail.relais-regional.ch")
                .Address("mail.relais-regional.ch", "193.135.56.6", 3303, "Swisscom (Schweiz) AG", "CH")
                .Txt("commune-exemple.ch", "v=spf1 include:spf.protection.outlook.com -all")
                .Realm("Managed")
                .Attribute();

            var mailbox = Assert.Single(result.Email.Dependencies, d => d.Provider.Id == "microsoft-365");
            Assert.Equal("mailbox", mailbox.Layer);
            Assert.Equal(Confidence.Medium, mailbox.Confidence);
            Assert.Contains(mailbox.Evidence, e => e.Kind == "tenant-realm" && e.Observation.Contains("NameSpaceType Managed", StringComparison.Ordinal));
            Assert.Contains(mailbox.Evidence, e => e.Kind == "spf");
            var relay = Assert.Single(result.Email.Dependencies, d => d.Layer == "relay");
            Assert.Equal(ServiceKind.EmailGateway, relay.Service);
            Assert.Contains(result.Email.Providers, p => p.Id == "microsoft-365");
        }

        [Fact]
        public void Should_count_an_ms_verification_token_as_the_same_corroboration_as_the_realm()
        {
            var result = new MailEvidence("commune-exemple.ch")
                .Mx("10 mail.relais-regional.ch")
                .Address("mail.relais-regional.ch", "193.135.56.6", 3303, "Swisscom (Schweiz) AG", "CH")
                .Txt("commune-exemple.ch", "v=spf1 include:spf.protection.outlook.com -all", "MS=ms12345678")
                .Attribute();

            var mailbox = Assert.Single(result.Email.Dependencies, d => d.Provider.Id == "microsoft-365" && d.Service == ServiceKind.EmailInbound);
            Assert.Equal(Confidence.Medium, mailbox.Confidence);
            Assert.Contains(mailbox.Evidence, e => e.Kind == "txt" && e.Observation.Contains("MS=ms12345678", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_not_name_a_mailbox_from_a_tenant_alone_nor_from_an_unregistered_realm()
        {
            var tenantOnly = new MailEvidence("commune-exemple.ch")
                .Mx("10 mail.relais-regional.ch")
                .Address("mail.relais-regional.ch", "193.135.56.6", 3303, "Swisscom (Schweiz) AG", "CH")
                .Txt("commune-exemple.ch", "v=spf1 include:spf.relais-regional.ch -all")
                .Realm("Managed")
                .Attribute();
            Assert.DoesNotContain(tenantOnly.Email.Dependencies, d => d.Provider.Id == "microsoft-365");
            Assert.Contains(tenantOnly.Dependencies, d => d.Service == ServiceKind.Saas && d.Provider.Id == "microsoft-365");

            var unknownRealm = new MailEvidence("commune-exemple.ch")
                .Mx("10 mail.relais-regional.ch")
                .Address("mail.relais-regional.ch", "193.135.56.6", 3303, "Swisscom (Schweiz) AG", "CH")
                .Txt("commune-exemple.ch", "v=spf1 include:spf.protection.outlook.com -all")
                .Realm("Unknown")
                .Attribute();
            var hint = Assert.Single(unknownRealm.Email.Dependencies, d => d.Provider.Id == "microsoft-365");
            Assert.Equal(Confidence.Low, hint.Confidence);
            Assert.DoesNotContain(unknownRealm.Email.Providers, p => p.Id == "microsoft-365");
        }

        [Fact]
        public void Should_look_behind_a_known_mail_service_when_autodiscover_and_another_family_name_another_provider()
        {
            var result = new MailEvidence("commune-exemple.ch")
                .Mx("10 mx1.mail.hostpoint.ch")
                .Address("mx1.mail.hostpoint.ch", "217.26.48.10", 29691, "Hostpoint AG", "CH")
                .Txt("commune-exemple.ch", "v=spf1 include:spf.protection.outlook.com -all")
                .Cname("autodiscover.commune-exemple.ch", "autodiscover.outlook.com")
                .Attribute();

            var mailbox = Assert.Single(result.Email.Dependencies, d => d.Provider.Id == "microsoft-365" && d.Service == ServiceKind.EmailInbound);
            Assert.Equal(Confidence.Medium, mailbox.Confidence);
            var relay = Assert.Single(result.Email.Dependencies, d => d.Layer == "relay");
            Assert.Equal("hostpoint", relay.Provider.Id);
            Assert.Equal(ServiceKind.EmailGateway, relay.Service);
        }

        [Fact]
        public void Should_look_behind_a_public_administrations_shared_mail_service_as_behind_any_relay()
        {
            var result = new MailEvidence("commune-exemple.ch")
                .Mx("10 ktvmx01.mail.admin.ch")
                .Address("ktvmx01.mail.admin.ch", "162.23.1.10", 33845, "Swiss Federal Office of Information Technology", "CH")
                .Txt("commune-exemple.ch", "v=spf1 include:spf.protection.outlook.com -all", "MS=ms12345678")
                .Attribute();

            var mailbox = Assert.Single(result.Email.Dependencies, d => d.Provider.Id == "microsoft-365" && d.Service == ServiceKind.EmailInbound);
            Assert.Equal(Confidence.Medium, mailbox.Confidence);
            var relay = Assert.Single(result.Email.Dependencies, d => d.Layer == "relay");
            Assert.Equal("swiss-federal-it", relay.Provider.Id);
        }

        [Fact]
        public void Should_not_look_behind_a_known_mail_service_on_dkim_and_a_tenant_without_autodiscover()
        {
            var result = new MailEvidence("commune-exemple.ch")
                .Mx("10 mta-gw.infomaniak.ch")
                .Address("mta-gw.infomaniak.ch", "83.166.143.10", 29222, "Infomaniak Network SA", "CH")
                .Txt("commune-exemple.ch", "v=spf1 include:spf.infomaniak.ch include:spf.protection.outlook.com -all", "MS=ms12345678")
                .TxtViaCname("selector1._domainkey.commune-exemple.ch", "selector1-commune-exemple-ch._domainkey.commune.onmicrosoft.com")
                .Attribute();

            var inbound = Assert.Single(result.Email.Dependencies, d => d.Service == ServiceKind.EmailInbound);
            Assert.Equal("infomaniak", inbound.Provider.Id);
            Assert.Null(inbound.Layer);
        }
    }
}
