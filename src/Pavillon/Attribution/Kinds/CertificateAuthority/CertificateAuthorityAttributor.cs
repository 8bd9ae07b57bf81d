using System.Globalization;
using Pavillon.Evidence;
using Pavillon.Model;

namespace Pavillon.Attribution.Kinds.CertificateAuthority;

/// <summary>Who signed the certificate the website presented: the issuer's organisation, matched exactly.</summary>
public sealed class CertificateAuthorityAttributor : IServiceAttributor
{
    /// <inheritdoc/>
    public IEnumerable<Dependency> Attribute(AttributionContext context, WebFetch? homePage)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hop = homePage?.Hops.LastOrDefault(h => h.Certificate is not null);
        if (hop?.Certificate is not { } certificate)
        {
            yield break;
        }

        var observation = string.Create(
            CultureInfo.InvariantCulture,
            $"certificate for {string.Join(", ", certificate.SubjectAlternativeNames.Take(3))} issued by \"{certificate.Issuer}\", valid {certificate.NotBefore:yyyy-MM-dd} to {certificate.NotAfter:yyyy-MM-dd}{(certificate.Trusted ? string.Empty : ", not trusted")}");
        var issuer = certificate.IssuerOrganisation;
        var provider = issuer is null ? null : context.Knowledge.ByCertificateIssuer(issuer);
        yield return new Dependency
        {
            Service = ServiceKind.CertificateAuthority,
            Provider = provider is not null ? AttributionContext.Ref(provider) : AttributionContext.Unknown(issuer ?? certificate.Issuer),
            Confidence = provider is not null ? Confidence.High : Confidence.Low,
            Subject = new Uri(hop.Url).IdnHost,
            Evidence = [new EvidenceItem("certificate", hop.Url, observation, provider is not null ? $"{provider.Id}: issuer O={issuer}" : "issuer not in the knowledge base")],
        };
    }
}
