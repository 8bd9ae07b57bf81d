using Pavillon.Model;

namespace Pavillon.Tests.Attribution.Email;

/// <summary>DMARC report recipients, DKIM-signing senders, and SaaS tenants named by TXT tokens and set-up CNAMEs.</summary>
public sealed class DmarcAndTenantTests
{
    public sealed class TheDmarcReportRecipients
    {
        [Fact]
        public void Should_list_third_party_report_recipients_and_skip_the_organisations_own_address()
        {
            var result = new MailEvidence("exemple.fr")
                .Txt("_dmarc.exemple.fr", "v=DMARC1; p=quarantine; rua=mailto:abc123@dmarc-reports.cloudflare.net,mailto:postmaster@exemple.fr; ruf=mailto:x9@forensic.rapports-dmarc.eu!10m; fo=1")
                .Attribute();

            var reports = result.Dependencies.Where(d => d.Layer == "dmarc-reports").ToList();

            Assert.All(reports, d => Assert.Equal(ServiceKind.EmailOutbound, d.Service));
            var cloudflare = Assert.Single(reports, d => d.Provider.Id == "cloudflare");
            Assert.Equal(Confidence.High, cloudflare.Confidence);
            Assert.Equal("rua=mailto:abc123@dmarc-reports.cloudflare.net", Assert.Single(cloudflare.Evidence).Observation);
            var unknown = Assert.Single(reports, d => d.Provider.Id == "unknown");
            Assert.Equal("rapports-dmarc.eu", unknown.Provider.Name);
            Assert.Equal(Confidence.Low, unknown.Confidence);
            Assert.Equal(2, reports.Count);
        }
    }

    public sealed class TheDkimSenders
    {
        [Fact]
        public void Should_list_a_sender_whose_dkim_selector_is_a_cname_into_its_domain()
        {
            var result = new MailEvidence("exemple.fr")
                .TxtViaCname("k2._domainkey.exemple.fr", "dkim2.mcsv.net", "v=DKIM1; k=rsa; p=MIIBtest")
                .TxtViaCname("s1._domainkey.exemple.fr", "s1.domainkey.u1234.wl.sendgrid.net")
                .Attribute();

            var outbound = result.Dependencies.Where(d => d.Service == ServiceKind.EmailOutbound).ToList();

            Assert.Equal(Confidence.High, Assert.Single(outbound, d => d.Provider.Id == "mailchimp").Confidence);
            Assert.Equal(Confidence.High, Assert.Single(outbound, d => d.Provider.Id == "sendgrid").Confidence);
        }
    }

    public sealed class TheSaasTenants
    {
        [Fact]
        public void Should_attribute_the_verification_tokens_of_six_vendors()
        {
            var result = new MailEvidence("exemple.fr")
                .Txt(
                    "exemple.fr",
                    "v=spf1 -all",
                    "MS=ms48213377",
                    "google-site-verification=abcDEF123_xyz",
                    "facebook-domain-verification=0a1b2c3d4e5f",
                    "atlassian-domain-verification=Zm9vYmFy",
                    "apple-domain-verification=AbCdEf123",
                    "docusign=1b2c3d4e-aaaa-bbbb-cccc-1234567890ab",
                    "slack-domain-verification=QwErTy")
                .Attribute();

            var saas = result.Dependencies.Where(d => d.Service == ServiceKind.Saas).ToList();

            Assert.Equal(
                ["apple-business", "atlassian", "docusign", "facebook", "google-search-console", "microsoft-365", "slack"],
                saas.Select(d => d.Provider.Id).Order(StringComparer.Ordinal));
            Assert.All(saas, d => Assert.Equal(Confidence.Medium, d.Confidence));
            Assert.All(saas, d => Assert.Equal("txt", Assert.Single(d.Evidence).Kind));
        }

        [Fact]
        public void Should_raise_a_tenant_that_device_enrolment_and_teams_names_confirm()
        {
            var result = new MailEvidence("exemple.fr")
                .Txt("exemple.fr", "MS=ms48213377")
                .Cname("enterpriseenrollment.exemple.fr", "enterpriseenrollment-s.manage.microsoft.com")
                .Cname("enterpriseregistration.exemple.fr", "enterpriseregistration.windows.net")
                .Cname("lyncdiscover.exemple.fr", "webdir.online.lync.com")
                .Srv("_sip._tls.exemple.fr", "100 1 443 sipdir.online.lync.com")
                .Cname("autodiscover.exemple.fr", "autodiscover.outlook.com")
                .Attribute();

            var microsoft = Assert.Single(result.Dependencies, d => d.Service == ServiceKind.Saas);

            Assert.Equal("microsoft-365", microsoft.Provider.Id);
            Assert.Equal(Confidence.High, microsoft.Confidence);
            Assert.Equal(["txt", "cname", "cname", "cname", "srv"], microsoft.Evidence.Select(e => e.Kind));
            Assert.DoesNotContain(microsoft.Evidence, e => e.Subject.StartsWith("autodiscover", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_list_a_microsoft_tenant_that_the_realm_service_confirms_as_a_saas_dependency()
        {
            var result = new MailEvidence("exemple.fr")
                .Mx("10 mx.exemple.fr")
                .Realm("Federated")
                .Attribute();

            var microsoft = Assert.Single(result.Dependencies, d => d.Service == ServiceKind.Saas);

            Assert.Equal("microsoft-365", microsoft.Provider.Id);
            Assert.Equal(Confidence.Medium, microsoft.Confidence);
            Assert.Equal("tenant-realm", Assert.Single(microsoft.Evidence).Kind);
        }

        [Fact]
        public void Should_list_no_tenant_when_the_realm_service_knows_none()
        {
            var result = new MailEvidence("exemple.fr")
                .Mx("10 mx.exemple.fr")
                .Realm("Unknown")
                .Attribute();

            Assert.DoesNotContain(result.Dependencies, d => d.Service == ServiceKind.Saas);
        }
    }
}
