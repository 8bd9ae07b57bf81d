using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Pavillon.Collect.Dns;
using Pavillon.Evidence;

namespace Pavillon.Collect.Web;

/// <summary>
/// Opens one TLS session to read the certificate a server presents (HttpClient does not expose it per request).
/// The certificate is recorded whether or not it is trusted; trust is reported separately.
/// </summary>
public sealed class TlsProbe(ScanOptions options, DnsResolver resolver)
{
    /// <summary>Reads the certificate of <paramref name="host"/>:<paramref name="port"/>; null with an error message when the handshake fails.</summary>
    public async Task<(CertificateFacts? Certificate, string? Error)> ReadCertificateAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        X509Certificate2? presented = null;
        var trusted = false;
        try
        {
            await using var stream = await HttpClientFactory.ConnectAsync(options, resolver, new DnsEndPoint(host, port), timeout.Token).ConfigureAwait(false);
            await using var tls = new SslStream(stream, leaveInnerStreamOpen: false);
            await tls.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions
                {
                    TargetHost = host,
                    RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                    {
                        if (certificate is not null)
                        {
                            presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
                        }

                        trusted = CertificateTrust.IsTrusted(certificate, chain, errors, options.ExtraTrustedCertificates);
                        return true;
                    },
                },
                timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or AuthenticationException or OperationCanceledException or System.Net.Sockets.SocketException)
        {
            if (presented is null)
            {
                return (null, ex is OperationCanceledException ? "TLS handshake timed out" : ex.Message);
            }
        }

        using (presented)
        {
            return presented is null ? (null, "no certificate presented") : (Describe(presented, trusted), null);
        }
    }

    /// <summary>The facts of a certificate that attribution and reports use.</summary>
    public static CertificateFacts Describe(X509Certificate2 certificate, bool trusted)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var sans = new List<string>();
        string? authorityKeyId = null;
        foreach (var extension in certificate.Extensions)
        {
            switch (extension)
            {
                case X509SubjectAlternativeNameExtension san:
                    sans.AddRange(san.EnumerateDnsNames());
                    break;
                case X509AuthorityKeyIdentifierExtension aki when aki.KeyIdentifier is { } keyId:
                    authorityKeyId = Convert.ToHexStringLower(keyId.Span);
                    break;
            }
        }

        return new CertificateFacts
        {
            Subject = certificate.Subject,
            Issuer = certificate.Issuer,
            IssuerOrganisation = RelativeName(certificate.IssuerName, "O"),
            NotBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            NotAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(certificate.RawData)),
            AuthorityKeyId = authorityKeyId,
            SubjectAlternativeNames = sans,
            Trusted = trusted,
        };
    }

    private static string? RelativeName(X500DistinguishedName name, string attribute)
    {
        foreach (var rdn in name.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.GetSingleElementType().FriendlyName == attribute || (attribute == "O" && rdn.GetSingleElementType().Value == "2.5.4.10"))
            {
                return rdn.GetSingleElementValue();
            }
        }

        return null;
    }
}
