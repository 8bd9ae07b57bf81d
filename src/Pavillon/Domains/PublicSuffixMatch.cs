namespace Pavillon.Domains;

/// <summary>The answer of the Public Suffix List for one host. Every name is normalised (lower case, punycode).</summary>
/// <param name="Host">The normalised host.</param>
/// <param name="PublicSuffix">The public suffix of the host (possibly the host itself).</param>
/// <param name="RegistrableDomain">The public suffix plus one label, or null when the host is itself a public suffix.</param>
/// <param name="Section">The section of the rule that decided the suffix.</param>
public sealed record PublicSuffixMatch(string Host, string PublicSuffix, string? RegistrableDomain, PublicSuffixSection Section);
