namespace Pavillon.Assessment;

/// <summary>A European or free-software replacement named by the knowledge base.</summary>
/// <param name="Id">Knowledge-base id; null when the knowledge base names it without a file of its own.</param>
/// <param name="Name">Display name.</param>
/// <param name="Jurisdiction">Country of its ultimate parent (ISO 3166-1 alpha-2); null when not known.</param>
public sealed record Alternative(string? Id, string Name, string? Jurisdiction);
