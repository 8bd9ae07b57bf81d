using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Pavillon.Collect.Web;

namespace Pavillon.Tests.Collect.Web;

public sealed class CertificateTrustTests
{
    public sealed class TheIsTrustedMethod : IDisposable
    {
        private readonly X509Certificate2 _root = TestCertificates.Authority("CN=Racine de test, O=Pavillon tests, C=FR");
        private readonly X509Certificate2 _otherRoot = TestCertificates.Authority("CN=Autre racine, O=Ailleurs, C=FR");
        private readonly X509Certificate2 _leaf;

        public TheIsTrustedMethod() => _leaf = TestCertificates.Server(_root, "parti.fr", "www.parti.fr");

        public void Dispose()
        {
            _leaf.Dispose();
            _otherRoot.Dispose();
            _root.Dispose();
        }

        [Fact]
        public void Should_trust_what_the_system_accepted()
        {
            Assert.True(CertificateTrust.IsTrusted(_leaf, null, SslPolicyErrors.None, []));
        }

        [Fact]
        public void Should_trust_a_certificate_that_chains_to_an_extra_root()
        {
            using var chain = TestCertificates.SystemChain(_leaf);

            Assert.True(CertificateTrust.IsTrusted(_leaf, chain, SslPolicyErrors.RemoteCertificateChainErrors, [_root]));
        }

        [Fact]
        public void Should_reject_an_unknown_root_without_extra_roots()
        {
            using var chain = TestCertificates.SystemChain(_leaf);

            Assert.False(CertificateTrust.IsTrusted(_leaf, chain, SslPolicyErrors.RemoteCertificateChainErrors, []));
        }

        [Fact]
        public void Should_reject_a_certificate_signed_by_another_root()
        {
            Assert.False(CertificateTrust.IsTrusted(_leaf, null, SslPolicyErrors.RemoteCertificateChainErrors, [_otherRoot]));
        }

        [Theory]
        [InlineData(SslPolicyErrors.RemoteCertificateNameMismatch)]
        [InlineData(SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateChainErrors)]
        public void Should_never_forgive_a_name_mismatch(SslPolicyErrors errors)
        {
            Assert.False(CertificateTrust.IsTrusted(_leaf, null, errors, [_root]));
        }

        [Fact]
        public void Should_reject_a_missing_certificate()
        {
            Assert.False(CertificateTrust.IsTrusted(null, null, SslPolicyErrors.RemoteCertificateNotAvailable | SslPolicyErrors.RemoteCertificateChainErrors, [_root]));
        }

        [Fact]
        public void Should_reject_an_expired_certificate_even_under_an_extra_root()
        {
            using var expired = TestCertificates.Server(_root, TestCertificates.NotBefore, TestCertificates.NotBefore.AddDays(30), "parti.fr");

            Assert.False(CertificateTrust.IsTrusted(expired, null, SslPolicyErrors.RemoteCertificateChainErrors, [_root]));
        }

        [Fact]
        public void Should_trust_a_chain_through_an_intermediate_the_server_sent()
        {
            using var intermediate = TestCertificates.Authority("CN=Intermédiaire de test, O=Pavillon tests, C=FR", _root);
            using var leaf = TestCertificates.Server(intermediate, "syndicat.fr");
            using var chain = TestCertificates.SystemChain(leaf, intermediate);

            Assert.True(CertificateTrust.IsTrusted(leaf, chain, SslPolicyErrors.RemoteCertificateChainErrors, [_root]));
            Assert.False(CertificateTrust.IsTrusted(leaf, null, SslPolicyErrors.RemoteCertificateChainErrors, [_root]));
        }
    }
}
