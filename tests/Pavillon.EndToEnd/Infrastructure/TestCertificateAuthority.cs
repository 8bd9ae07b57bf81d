using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Pavillon.EndToEnd.Infrastructure;

/// <summary>
/// A certificate authority made in memory for one test run, issuing one leaf certificate per host on demand.
/// Its certificate is written to a PEM file that the CLI trusts with --ca-cert.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private readonly X509Certificate2 _root;
    private readonly ConcurrentDictionary<string, X509Certificate2> _leaves = new(StringComparer.OrdinalIgnoreCase);

    public TestCertificateAuthority(string pemPath)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Pavillon Mini-Internet Test CA, O=Pavillon tests", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        _root = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        PemPath = pemPath;
        File.WriteAllText(pemPath, _root.ExportCertificatePem() + "\n");
    }

    /// <summary>The CA certificate in PEM, for --ca-cert.</summary>
    public string PemPath { get; }

    /// <summary>A certificate for <paramref name="host"/> (punycode), with its private key, signed by this CA.</summary>
    public X509Certificate2 LeafFor(string host) => _leaves.GetOrAdd(host, Issue);

    public void Dispose()
    {
        foreach (var leaf in _leaves.Values)
        {
            leaf.Dispose();
        }

        _root.Dispose();
    }

    private X509Certificate2 Issue(string host)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_root, true, false));
        var serial = RandomNumberGenerator.GetBytes(12);
        var now = DateTimeOffset.UtcNow;
        using var signed = request.Create(_root, now.AddDays(-1), now.AddDays(29), serial);
        using var withKey = signed.CopyWithPrivateKey(key);
        // A PKCS#12 round trip gives a certificate whose key SslStream can use on every platform.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
    }
}
