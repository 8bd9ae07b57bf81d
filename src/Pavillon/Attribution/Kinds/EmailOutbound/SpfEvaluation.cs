namespace Pavillon.Attribution.Kinds.EmailOutbound;

/// <summary>
/// A domain's SPF policy rebuilt from the TXT lookups of a scan: every service it authorises (nested includes
/// too) and what RFC 7208 says of it. Counts stop where receivers stop, at the 11th DNS-querying term.
/// </summary>
/// <param name="Domain">The mail domain evaluated.</param>
/// <param name="Record">Its SPF record; null when it has none or more than one.</param>
public sealed record SpfEvaluation(string Domain, string? Record)
{
    /// <summary>Includes and redirects met, depth first in evaluation order, those beyond the limit included.</summary>
    public IReadOnlyList<SpfAuthorisation> Authorisations { get; init; } = [];

    /// <summary>DNS-querying terms met (include, a, mx, ptr, exists, redirect); more than 10 is a permerror.</summary>
    public int DnsLookups { get; init; }

    /// <summary>Includes and redirects whose target has no TXT record or does not exist (RFC 7208 §4.6.4: at most 2).</summary>
    public int VoidLookups { get; init; }

    /// <summary>Include paths that come back to a domain already on the path, as "a → b → a".</summary>
    public IReadOnlyList<string> Loops { get; init; } = [];

    /// <summary>What makes receivers fail the evaluation (permerror), in words; empty for a sound policy.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>True when receivers cannot evaluate the policy to the end: every sender then fails SPF.</summary>
    public bool IsPermError => Problems.Count > 0;

    /// <summary>A one-line account: "12 DNS-querying terms (limit 10), 0 void lookups (limit 2), no loop".</summary>
    public string Summary =>
        $"SPF of {Domain}: {DnsLookups}{(DnsLookups > Collect.Dns.SpfRecord.MaxDnsLookups ? " or more" : string.Empty)} DNS-querying terms (limit {Collect.Dns.SpfRecord.MaxDnsLookups}), "
        + $"{VoidLookups} void lookups (limit {Collect.Dns.SpfRecord.MaxVoidLookups}), "
        + (Loops.Count == 0 ? "no loop" : "loop " + string.Join("; ", Loops));
}
