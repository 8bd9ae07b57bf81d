namespace Pavillon.Attribution.Kinds.EmailOutbound;

/// <summary>One include: or redirect= met while evaluating a domain's SPF policy.</summary>
/// <param name="Mechanism">"include" or "redirect".</param>
/// <param name="Target">The domain whose policy it reads (lower case).</param>
/// <param name="Path">The domains from the evaluated one to the record that names the target, in order (at least one).</param>
/// <param name="Ordinal">Its rank among the DNS-querying terms of the whole evaluation, from 1.</param>
public sealed record SpfAuthorisation(string Mechanism, string Target, IReadOnlyList<string> Path, int Ordinal)
{
    /// <summary>1 when the evaluated domain's own record names it, 2 for an include of an include, and so on.</summary>
    public int Depth => Path.Count;

    /// <summary>The domain whose record names the target.</summary>
    public string Parent => Path[^1];

    /// <summary>True when it comes after the 10th DNS-querying term: receivers stop before reaching it.</summary>
    public bool BeyondLimit => Ordinal > Collect.Dns.SpfRecord.MaxDnsLookups;

    /// <summary>The path as people read it: "exemple.fr → _spf.agence.fr → sendgrid.net".</summary>
    public string Chain => string.Join(" → ", Path.Append(Target));
}
