using Pavillon.Attribution.Kinds.CertificateAuthority;
using Pavillon.Attribution.Kinds.Dns;
using Pavillon.Attribution.Kinds.EmailOutbound;
using Pavillon.Attribution.Kinds.Registrar;
using Pavillon.Attribution.Kinds.Saas;
using Pavillon.Attribution.Kinds.ThirdPartyResource;

namespace Pavillon.Attribution;

/// <summary>The registered service kinds beyond hosting, e-mail and social networks: one line each.</summary>
public static class ServiceAttributors
{
    public static IReadOnlyList<IServiceAttributor> All { get; } =
    [
        new DnsHostingAttributor(),
        new CertificateAuthorityAttributor(),
        new EmailOutboundAttributor(),
        new SaasTokenAttributor(),
        new ThirdPartyResourceAttributor(),
        new RegistrarAttributor(),
    ];
}
