using Pavillon.Model;

namespace Pavillon.Reporting;

/// <summary>
/// One item of an audit line ("Hébergement : OVHcloud (🇫🇷)"): a provider with where its servers were seen,
/// the organisation itself, or nothing known.
/// </summary>
/// <param name="Provider">The provider; null when nothing is known.</param>
/// <param name="Location">Country where the servers answering were seen; null when not observed or not applicable.</param>
/// <param name="SelfHosted">True when the organisation runs the service itself.</param>
internal sealed record AuditEntry(ProviderRef? Provider, string? Location, bool SelfHosted)
{
    public static AuditEntry Unknown { get; } = new(null, null, false);
}
