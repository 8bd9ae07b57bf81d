namespace Pavillon.Attribution.Kinds.EmailInbound;

/// <summary>
/// The independent DNS families that can name a mail service: each is configured at a different place of the
/// provider's set-up guide, so two families agreeing are two separate facts, not one fact seen twice.
/// </summary>
public enum MailSignalKind
{
    /// <summary>An SPF include or redirect (the service may send as the domain).</summary>
    Spf,

    /// <summary>A DKIM selector record (the service signs as the domain).</summary>
    Dkim,

    /// <summary>The autodiscover name (mail clients are configured from the service).</summary>
    Autodiscover,
}
