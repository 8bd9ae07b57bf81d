using Pavillon.Model;

namespace Pavillon.Reporting;

/// <summary>
/// One item of an audit line ("Hébergement : OVHcloud (🇫🇷)"): a provider with where its servers were seen,
/// the organisation itself, or nothing known.
/// </summary>
/// <param name="Provider">The provider; null when nothing is known.</param>
/// <param name="Location">Country where the servers answering were seen; null when not observed or not applicable.</param>
/// <param name="SelfHosted">True when the organisation runs the service itself.</param>
/// <param name="Hint">
/// True for a mailbox provider that only a low-confidence hint names (an SPF include behind a relay): shown after
/// the answer as a possibility, never as the answer.
/// </param>
internal sealed record AuditEntry(ProviderRef? Provider, string? Location, bool SelfHosted, bool Hint = false)
{
    public static AuditEntry Unknown { get; } = new(null, null, false);
}
