using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Pavillon.Collect.Web;

/// <summary>Decides whether a server certificate is trusted: by the system, or by a chain to an extra CA given with --ca-cert.</summary>
public static class CertificateTrust
{
    /// <summary>True when the system accepted the certificate, or when its only fault is an unknown root that is one of <paramref name="extraRoots"/>.</summary>
    public static bool IsTrusted(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors, X509Certificate2Collection extraRoots)
    {
        ArgumentNullException.ThrowIfNull(extraRoots);
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // A name mismatch or a missing certificate is never forgiven; only the trust anchor may differ.
        if (certificate is null || extraRoots.Count == 0 || errors != SslPolicyErrors.RemoteCertificateChainErrors)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(extraRoots);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return custom.Build(leaf);
    }
}
