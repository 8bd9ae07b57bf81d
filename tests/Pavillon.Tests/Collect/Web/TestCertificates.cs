using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Pavillon.Tests.Collect.Web;

/// <summary>Certificate authorities and server certificates made on the spot, never trusted by the system.</summary>
internal static class TestCertificates
{
    public static DateTimeOffset NotBefore { get; } = new(2026, 1, 15, 8, 30, 0, TimeSpan.Zero);

    public static DateTimeOffset NotAfter { get; } = new(2036, 1, 15, 8, 30, 0, TimeSpan.Zero);

    /// <summary>A root (or, with <paramref name="issuer"/>, an intermediate) authority that can sign certificates.</summary>
    public static X509Certificate2 Authority(string distinguishedName, X509Certificate2? issuer = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(distinguishedName, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        if (issuer is null)
        {
            return request.CreateSelfSigned(NotBefore, NotAfter);
        }

        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        using var signed = request.Create(issuer, NotBefore, NotAfter, Serial());
        return signed.CopyWithPrivateKey(key);
    }

    /// <summary>A server certificate for <paramref name="names"/>, signed by <paramref name="issuer"/>, valid from <see cref="NotBefore"/> to <see cref="NotAfter"/>.</summary>
    public static X509Certificate2 Server(X509Certificate2 issuer, params string[] names) => Server(issuer, NotBefore, NotAfter, names);

    /// <summary>A server certificate for <paramref name="names"/>, signed by <paramref name="issuer"/>, valid between the dates given.</summary>
    public static X509Certificate2 Server(X509Certificate2 issuer, DateTimeOffset notBefore, DateTimeOffset notAfter, params string[] names)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={names[0]}", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        foreach (var name in names)
        {
            san.AddDnsName(name);
        }

        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        return request.Create(issuer, notBefore, notAfter, Serial());
    }

    /// <summary>The chain the system would have built: no download, no revocation check, with <paramref name="intermediates"/> on offer.</summary>
    public static X509Chain SystemChain(X509Certificate2 leaf, params X509Certificate2[] intermediates)
    {
        var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        chain.Build(leaf);
        return chain;
    }

    private static byte[] Serial() => RandomNumberGenerator.GetBytes(16);
}
