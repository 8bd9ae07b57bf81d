namespace Pavillon.Assessment;

/// <summary>How many organisations of a group have a service under one jurisdiction.</summary>
/// <param name="Jurisdiction">ISO 3166-1 alpha-2, or "self" (self-hosted) or "unknown".</param>
/// <param name="Organisations">Organisations whose weakest dependency of the kind is under it.</param>
/// <param name="Share">That count over the organisations that have the kind, 0 to 1, rounded to 4 decimals.</param>
public sealed record JurisdictionShare(string Jurisdiction, int Organisations, double Share);
