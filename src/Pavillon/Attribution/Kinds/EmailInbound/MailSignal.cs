using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Attribution.Kinds.EmailInbound;

/// <summary>One DNS observation that names a mail service for a domain.</summary>
/// <param name="Provider">The knowledge-base provider named.</param>
/// <param name="Kind">The family of the observation.</param>
/// <param name="Strong">
/// True when an identifier owned by the provider matched (a CNAME into its domain, a direct SPF include of its
/// domain); false for conventions only (a DKIM key at a selector name the provider documents, an SPF include
/// reached through someone else's policy).
/// </param>
/// <param name="Evidence">What was seen and the rule that matched.</param>
/// <param name="BulkSending">
/// True for an SPF authorisation of the provider's newsletter or bulk-sending service (knowledge-base
/// <c>spf-bulk</c>): it shows who may send for the domain, never where its mailboxes are.
/// </param>
public sealed record MailSignal(Provider Provider, MailSignalKind Kind, bool Strong, EvidenceItem Evidence, bool BulkSending = false);
