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

    /// <summary>
    /// A tenant of the service verified the domain: a verification TXT token at the apex, or the service's
    /// public realm look-up. It says the organisation has an account there, not that mail is delivered there,
    /// so it only corroborates another family; it never names a mailbox on its own.
    /// </summary>
    Tenant,
}
