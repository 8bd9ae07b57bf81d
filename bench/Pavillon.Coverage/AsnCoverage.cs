namespace Pavillon.Coverage;

/// <summary>Which of the largest ASNs (by IPv4 space) <see cref="Pavillon.KnowledgeBase.ProviderKnowledge.ByAsn"/> names.</summary>
/// <param name="Label">What was measured ("top 500 ASNs", "top 100 FR ASNs").</param>
/// <param name="Count">ASNs measured (fewer than asked when the snapshot has fewer).</param>
/// <param name="Known">ASNs that map to a provider.</param>
/// <param name="Addresses">IPv4 addresses of the measured ASNs.</param>
/// <param name="KnownAddresses">IPv4 addresses of those that map to a provider.</param>
/// <param name="Providers">Providers matched, with the number of measured ASNs each claims.</param>
/// <param name="Gaps">ASNs not mapped, largest first.</param>
internal sealed record AsnCoverage(
    string Label,
    int Count,
    int Known,
    long Addresses,
    long KnownAddresses,
    IReadOnlyList<ProviderShare> Providers,
    IReadOnlyList<AsnGap> Gaps);
