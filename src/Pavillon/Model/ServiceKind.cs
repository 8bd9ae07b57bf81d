namespace Pavillon.Model;

/// <summary>
/// What an organisation depends on. The JSON names (kebab-case) are a contract:
/// web-hosting, web-platform, cdn, dns, registrar, certificate-authority, email-inbound,
/// email-gateway, email-outbound, saas, social-network, third-party-resource, video-platform.
/// </summary>
public enum ServiceKind
{
    WebHosting,
    WebPlatform,
    Cdn,
    Dns,
    Registrar,
    CertificateAuthority,
    EmailInbound,
    EmailGateway,
    EmailOutbound,
    Saas,
    SocialNetwork,
    ThirdPartyResource,
    VideoPlatform,
}
