namespace Pavillon.Coverage;

/// <summary>An MX domain that no provider claims, and how many municipalities use it.</summary>
/// <param name="Domain">Registrable domain of the unmatched MX hosts ("zii.ch").</param>
/// <param name="Municipalities">Municipalities with at least one MX host under it.</param>
/// <param name="Hosts">Distinct MX host names under it.</param>
/// <param name="OwnDomain">True when every such municipality uses it as its own mail domain (a server of its own, attributed by address).</param>
/// <param name="Example">One of the host names.</param>
internal sealed record MxGap(string Domain, int Municipalities, int Hosts, bool OwnDomain, string Example);
