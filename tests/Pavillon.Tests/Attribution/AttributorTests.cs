using Pavillon.Evidence;
using Pavillon.Model;

namespace Pavillon.Tests.Attribution;

public sealed class AttributorTests
{
    public sealed class TheAttributeMethod
    {
        private static EvidenceBuilder Healthy() => EvidenceBuilder.For("parti.fr")
            .Knowing(TestProviders.OvhCloud)
            .Soa("parti.fr")
            .Ns("parti.fr", "dns1.ovh.net")
            .A("parti.fr", "51.91.12.34")
            .Address("51.91.12.34", 16276, "OVH SAS", "FR", "FR")
            .Mx("parti.fr", "10 mx1.mail.ovh.net");

        [Fact]
        public void Should_say_ok_when_everything_answered()
        {
            var result = Healthy().Page("https://parti.fr/").Attribute();

            Assert.Equal(OrganisationStatus.Ok, result.Status);
            Assert.Empty(result.Errors);
        }

        [Fact]
        public void Should_say_unreachable_when_the_domain_does_not_exist()
        {
            var result = EvidenceBuilder.For("parti-disparu.fr")
                .Dns("parti-disparu.fr", "SOA", DnsStatus.NxDomain)
                .Dns("parti-disparu.fr", "A", DnsStatus.NxDomain)
                .Dns("www.parti-disparu.fr", "A", DnsStatus.NxDomain)
                .WebFailure("https://parti-disparu.fr/", "parti-disparu.fr has no address in DNS")
                .Attribute();

            Assert.Equal(OrganisationStatus.Unreachable, result.Status);
            Assert.Contains(result.Errors, e => e.Stage == "dns" && e.Message.Contains("does not exist", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_say_unreachable_when_no_dns_server_answered_at_all()
        {
            var result = EvidenceBuilder.For("parti.fr")
                .Dns("parti.fr", "SOA", DnsStatus.Timeout)
                .Dns("parti.fr", "A", DnsStatus.Timeout)
                .WebFailure("https://parti.fr/", "no answer before the timeout")
                .Attribute();

            Assert.Equal(OrganisationStatus.Unreachable, result.Status);
        }

        [Fact]
        public void Should_say_partial_when_the_web_server_failed_but_dns_answered()
        {
            var result = Healthy().WebFailure("https://parti.fr/", "connection refused").Attribute();

            Assert.Equal(OrganisationStatus.Partial, result.Status);
            Assert.Contains(result.Errors, e => e.Stage == "web");
            Assert.Equal("ovhcloud", result.Hosting.Provider?.Id);
        }

        [Fact]
        public void Should_say_partial_when_some_dns_questions_timed_out()
        {
            var result = Healthy()
                .Page("https://parti.fr/")
                .Dns("parti.fr", "TXT", DnsStatus.Timeout)
                .Attribute();

            Assert.Equal(OrganisationStatus.Partial, result.Status);
            var error = Assert.Single(result.Errors);
            Assert.Equal("dns", error.Stage);
            Assert.StartsWith("TXT parti.fr: Timeout", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_not_count_a_vanished_mx_host_as_a_failure()
        {
            var result = Healthy()
                .Mx("parti.fr", "20 ancien-mx.parti.fr")
                .Dns("ancien-mx.parti.fr", "A", DnsStatus.NxDomain)
                .Page("https://parti.fr/")
                .Attribute();

            Assert.Equal(OrganisationStatus.Ok, result.Status);
        }

        [Fact]
        public void Should_say_invalid_when_the_input_was_not_usable()
        {
            var result = EvidenceBuilder.Invalid("pas un site").Attribute();

            Assert.Equal(OrganisationStatus.Invalid, result.Status);
            Assert.Equal("input", Assert.Single(result.Errors).Stage);
            Assert.Null(result.Hosting.Provider);
            Assert.Empty(result.Dependencies);
        }

        [Fact]
        public void Should_gather_every_kind_of_dependency()
        {
            var result = Healthy()
                .Knowing(TestProviders.LetsEncrypt, TestProviders.Facebook)
                .Page("https://parti.fr/", page => page
                    .Certificate("Let's Encrypt")
                    .Link("https://www.facebook.com/parti.exemple"))
                .Attribute();

            Assert.Equal(
                [ServiceKind.WebHosting, ServiceKind.EmailInbound, ServiceKind.SocialNetwork, ServiceKind.Dns, ServiceKind.CertificateAuthority],
                result.Dependencies.Select(d => d.Service));
        }
    }
}
