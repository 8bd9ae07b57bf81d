namespace Pavillon.Domains;

/// <summary>Which part of the Public Suffix List decided a public suffix.</summary>
public enum PublicSuffixSection
{
    /// <summary>No rule matched: the list's implicit "*" rule made the top-level label the suffix.</summary>
    Unlisted,

    /// <summary>A rule of the ICANN section: suffixes run by registries (fr, gouv.fr, co.uk).</summary>
    Icann,

    /// <summary>A rule of the private section: suffixes that companies hand out to customers (github.io, myshopify.com).</summary>
    Private,
}
