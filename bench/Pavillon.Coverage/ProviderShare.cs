namespace Pavillon.Coverage;

/// <summary>How many items (municipalities, ASNs) one provider accounts for.</summary>
internal sealed record ProviderShare(string Id, string Name, string Jurisdiction, int Count);
