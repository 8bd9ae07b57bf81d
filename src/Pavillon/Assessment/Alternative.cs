namespace Pavillon.Assessment;

/// <summary>A European or free-software replacement named by the knowledge base.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Id">Knowledge-base id; null (left out of JSON) when the knowledge base names it without a file of its own.</param>
/// <param name="Jurisdiction">Country of its ultimate parent (ISO 3166-1 alpha-2); null (left out of JSON) when not known.</param>
public sealed record Alternative(string Name, string? Id = null, string? Jurisdiction = null);
