using Pavillon.Model;

namespace Pavillon.Tests.Attribution.Email;

/// <summary>A filtering gateway in the MX, and the mailbox provider found behind it from SPF, DKIM and autodiscover.</summary>
public sealed class MailboxBehindGatewayTests
{
    private const string DkimKey = "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtest";

    private static Dependency Inbound(OrganisationResult result, string id) =>
        Assert.Single(result.Email.Dependencies, d => d.Service == ServiceKind.EmailInbound && d.Provider.Id == id);

    public sealed class TheAttributeMethod
    {
        [Fact]
        public void Should_find_microsoft_365_behind_proofpoint_with_high_confidence_from_three_families()
        {
            var result = new MailEvidence("exemple.fr")
                .Mx("10 mx0a-00123401.pphosted.com", "10 mx0b-00123401.pphosted.com")
                .Txt("exemple.fr", "v=spf1 include:spf.protection.outlook.com include:_spf.pphosted.com -all")
                .TxtViaCname("selector1._domainkey.exemple.fr", "selector1-exemple-fr._domainkey.exemplefr.onmicrosoft.com", DkimKey)
                .Cname("autodiscover.exemple.fr", "autodiscover.outlook.com")
                .Attribute();

            Assert.Equal(["proofpoint", "microsoft-365"], result.Email.Providers.Select(p => p.Id));
            Assert.Equal(ServiceKind.EmailGateway, Assert.Single(result.Email.Dependencies, d => d.Provider.Id == "proofpoint").Service);
            var mailbox = Inbound(result, "microsoft-365");
            Assert.Equal(Confidence.High, mailbox.Confidence);
            Assert.Equal("US", mailbox.Provider.Jurisdiction);
            Assert.Equal(["spf", "dkim", "autodiscover", "inference"], mailbox.Evidence.Select(e => e.Kind).Distinct());
            Assert.Contains("3 independent signal families", mailbox.Evidence[^1].Observation, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_find_google_workspace_behind_vade_from_spf_and_the_google_selector()
        {
            var result = new MailEvidence("mairie-exemple.fr")
                .Mx("10 mx1.fr.vadesecure.com", "20 mx2.fr.vadesecure.com")
                .Txt("mairie-exemple.fr", "v=spf1 include:_spf.google.com include:spf.vadesecure.com ~all")
                .Txt("google._domainkey.mairie-exemple.fr", DkimKey)
                .Attribute();

            Assert.Equal(["vade", "google-workspace"], result.Email.Providers.Select(p => p.Id));
            var mailbox = Inbound(result, "google-workspace");

            // One strong family (the direct include) and one convention (the default selector name): high.
            Assert.Equal(Confidence.High, mailbox.Confidence);
            Assert.Contains(mailbox.Evidence, e => e.Kind == "dkim" && e.Rule!.Contains("selector 'google'", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_give_medium_confidence_to_a_single_strong_family()
        {
            var result = new MailEvidence("exemple.fr")
                .Mx("10 eu-smtp-inbound-1.mimecast.com")
                .Txt("exemple.fr", "v=spf1 include:spf.protection.outlook.com -all")
                .Attribute();

            Assert.Equal(Confidence.Medium, Inbound(result, "microsoft-365").Confidence);
        }

        [Fact]
        public void Should_give_low_confidence_to_a_selector_convention_alone()
        {
            var result = new MailEvidence("exemple.fr")
                .Mx("10 mx01.hornetsecurity.com")
                .Txt("protonmail._domainkey.exemple.fr", DkimKey)
                .Attribute();

            Assert.Equal(Confidence.Low, Inbound(result, "proton").Confidence);
        }

        [Fact]
        public void Should_lower_a_provider_that_fewer_families_name()
        {
            var result = new MailEvidence("exemple.fr")
                .Mx("10 mx0a-00123401.pphosted.com")
                .Txt("exemple.fr", "v=spf1 include:spf.protection.outlook.com include:_spf.google.com -all")
                .TxtViaCname("selector2._domainkey.exemple.fr", "selector2-exemple-fr._domainkey.exemplefr.n-v1.dkim.mail.microsoft", DkimKey)
                .Cname("autodiscover.exemple.fr", "autodiscover.outlook.com")
                .Attribute();

            Assert.Equal(Confidence.High, Inbound(result, "microsoft-365").Confidence);
            Assert.Equal(Confidence.Low, Inbound(result, "google-workspace").Confidence);
        }

        [Fact]
        public void Should_not_look_behind_an_mx_that_is_already_a_mailbox_provider()
        {
            var result = new MailEvidence("exemple.fr")
                .Mx("10 exemple-fr.mail.protection.outlook.com")
                .Txt("exemple.fr", "v=spf1 include:_spf.google.com -all")
                .Attribute();

            Assert.Equal(["microsoft-365"], result.Email.Providers.Select(p => p.Id));
        }
    }

    public sealed class TheSelfBrandedMxRule
    {
        [Fact]
        public void Should_attribute_an_own_mx_name_that_is_a_cname_into_a_cloud_to_that_cloud()
        {
            var result = new MailEvidence("exemple.fr")
                .Mx("10 mx.exemple.fr")
                .Address("mx.exemple.fr", "15.188.10.20", 16509, "AMAZON-02", "FR", "mail-exemple.hebergeur-cloud.net")
                .Ptr("15.188.10.20", "mx.exemple.fr")
                .Attribute();

            var mx = Assert.Single(result.Email.Dependencies);
            Assert.Equal("amazon-web-services", mx.Provider.Id);
            Assert.Contains(mx.Evidence, e => e.Kind == "cname" && e.Observation == "CNAME mail-exemple.hebergeur-cloud.net");
        }

        [Fact]
        public void Should_keep_an_own_mx_with_its_own_address_and_reverse_name_self_hosted()
        {
            var result = new MailEvidence("exemple.fr")
                .Mx("10 mx.exemple.fr")
                .Address("mx.exemple.fr", "15.188.10.20", 16509, "AMAZON-02", "FR")
                .Ptr("15.188.10.20", "mx.exemple.fr")
                .Attribute();

            Assert.Equal("self", Assert.Single(result.Email.Dependencies).Provider.Id);
        }
    }
}
