using Pavillon.Attribution.Kinds.CertificateAuthority;
using Pavillon.Model;

namespace Pavillon.Tests.Attribution.Kinds.CertificateAuthority;

public sealed class CertificateAuthorityAttributorTests
{
    public sealed class TheAttributeMethod
    {
        private static List<Dependency> Attribute(EvidenceBuilder world)
        {
            var evidence = world.Build();
            return new CertificateAuthorityAttributor().Attribute(world.Context(), evidence.Web.LastOrDefault()).ToList();
        }

        [Fact]
        public void Should_attribute_the_certificate_to_the_authority_named_by_the_issuer_organisation()
        {
            var dependencies = Attribute(EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.LetsEncrypt)
                .Page("https://parti.fr/", page => page.RedirectTo("https://www.parti.fr/").Certificate("Let's Encrypt", "R11")));

            var ca = Assert.Single(dependencies);
            Assert.Equal(ServiceKind.CertificateAuthority, ca.Service);
            Assert.Equal("lets-encrypt", ca.Provider.Id);
            Assert.Equal(Confidence.High, ca.Confidence);
            Assert.Equal("www.parti.fr", ca.Subject);
            var evidence = Assert.Single(ca.Evidence);
            Assert.Equal("lets-encrypt: issuer O=Let's Encrypt", evidence.Rule);
            Assert.Contains("valid 2026-05-01 to 2026-07-30", evidence.Observation, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_keep_an_issuer_the_knowledge_base_does_not_know_by_its_name()
        {
            var dependencies = Attribute(EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.LetsEncrypt)
                .Page("https://parti.fr/", page => page.Certificate("Autorité Exemple", trusted: false)));

            var ca = Assert.Single(dependencies);
            Assert.Equal("unknown", ca.Provider.Id);
            Assert.Equal("Autorité Exemple", ca.Provider.Name);
            Assert.Equal(Confidence.Low, ca.Confidence);
            Assert.EndsWith("not trusted", Assert.Single(ca.Evidence).Observation, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_not_match_an_issuer_by_a_similar_name()
        {
            var dependencies = Attribute(EvidenceBuilder.For("parti.fr")
                .Knowing(TestProviders.LetsEncrypt)
                .Page("https://parti.fr/", page => page.Certificate("Let's Encrypt Staging Lookalike")));

            Assert.Equal("unknown", Assert.Single(dependencies).Provider.Id);
        }

        [Fact]
        public void Should_find_nothing_without_a_certificate()
        {
            Assert.Empty(Attribute(EvidenceBuilder.For("parti.fr").Knowing(TestProviders.LetsEncrypt).Page("http://parti.fr/")));
        }
    }
}
