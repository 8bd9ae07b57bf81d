using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Pavillon.Collect.Web;

namespace Pavillon.Tests.Collect.Web;

public sealed class TlsProbeTests
{
    public sealed class TheDescribeMethod
    {
        [Fact]
        public void Should_describe_subject_issuer_organisation_names_validity_and_fingerprints()
        {
            using var root = TestCertificates.Authority("CN=Autorité de test R1, O=Autorité de test, C=FR");
            using var leaf = TestCertificates.Server(root, "parti.fr", "www.parti.fr");

            var facts = TlsProbe.Describe(leaf, trusted: true);

            Assert.Equal("CN=parti.fr", facts.Subject);
            Assert.Equal("CN=Autorité de test R1, O=Autorité de test, C=FR", facts.Issuer);
            Assert.Equal("Autorité de test", facts.IssuerOrganisation);
            Assert.Equal(["parti.fr", "www.parti.fr"], facts.SubjectAlternativeNames);
            Assert.Equal(TestCertificates.NotBefore, facts.NotBefore);
            Assert.Equal(TestCertificates.NotAfter, facts.NotAfter);
            Assert.Equal(TimeSpan.Zero, facts.NotBefore.Offset);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(leaf.RawData)), facts.Sha256);
            var rootKeyId = root.Extensions.OfType<X509SubjectKeyIdentifierExtension>().Single().SubjectKeyIdentifier;
            Assert.Equal(rootKeyId?.ToLowerInvariant(), facts.AuthorityKeyId);
            Assert.True(facts.Trusted);
        }

        [Fact]
        public void Should_leave_the_issuer_organisation_empty_when_the_issuer_has_no_o()
        {
            using var root = TestCertificates.Authority("CN=Racine sans organisation");
            using var leaf = TestCertificates.Server(root, "parti.fr");

            var facts = TlsProbe.Describe(leaf, trusted: false);

            Assert.Null(facts.IssuerOrganisation);
            Assert.False(facts.Trusted);
        }
    }
}
