namespace Pavillon.Coverage;

/// <summary>Which MX hosts of the mxmap municipalities the knowledge base's MX suffixes name.</summary>
/// <param name="Municipalities">Municipalities in the data set.</param>
/// <param name="WithoutMx">Municipalities for which the data set records no MX host.</param>
/// <param name="AllKnown">Municipalities whose every MX host matches a provider.</param>
/// <param name="SomeKnown">Municipalities with some, not all, MX hosts matched.</param>
/// <param name="NoneKnown">Municipalities with MX hosts, none matched.</param>
/// <param name="NoneKnownOwnDomain">Of <paramref name="NoneKnown"/>, those whose MX hosts are all in their own domain.</param>
/// <param name="HostUses">MX hosts counted once per municipality that uses them.</param>
/// <param name="HostUsesKnown">Of <paramref name="HostUses"/>, those matched.</param>
/// <param name="DistinctHosts">Distinct MX host names.</param>
/// <param name="DistinctHostsKnown">Of <paramref name="DistinctHosts"/>, those matched.</param>
/// <param name="Providers">Providers matched, with the municipalities where they appear, most first.</param>
/// <param name="Gaps">Unmatched MX domains, most municipalities first.</param>
internal sealed record MxCoverage(
    int Municipalities,
    int WithoutMx,
    int AllKnown,
    int SomeKnown,
    int NoneKnown,
    int NoneKnownOwnDomain,
    int HostUses,
    int HostUsesKnown,
    int DistinctHosts,
    int DistinctHostsKnown,
    IReadOnlyList<ProviderShare> Providers,
    IReadOnlyList<MxGap> Gaps);
