namespace Pavillon.Collect.Dns;

/// <summary>One term of an SPF record (RFC 7208 §4.6.1): a mechanism ("include:_spf.example.net") or a modifier ("redirect=example.net").</summary>
/// <param name="Qualifier">'+', '-', '~' or '?'; '+' when the record wrote none. Modifiers carry '+'.</param>
/// <param name="Name">Mechanism or modifier name in lower case: all, include, a, mx, ptr, ip4, ip6, exists, redirect, exp...</param>
/// <param name="Value">What follows ':' or '=', CIDR lengths removed for a and mx; null when absent.</param>
/// <param name="IsModifier">True for name=value terms.</param>
public sealed record SpfTerm(char Qualifier, string Name, string? Value, bool IsModifier)
{
    /// <summary>
    /// True for the terms that cost a DNS query and count against the limit of 10 (RFC 7208 §4.6.4):
    /// include, a, mx, ptr, exists and the redirect modifier.
    /// </summary>
    public bool QueriesDns => IsModifier ? Name == "redirect" : Name is "include" or "a" or "mx" or "ptr" or "exists";

    /// <summary>True for include: and redirect=, whose target's own SPF record is read.</summary>
    public bool FollowsRecord => IsModifier ? Name == "redirect" : Name == "include";

    /// <summary>
    /// The domain whose record an include or redirect reads, in lower case without the trailing dot; null for other
    /// terms and for targets built from macros ("%{i}._spf.example.net"), which only a receiver can expand.
    /// </summary>
    public string? Target =>
        FollowsRecord && Value is { Length: > 0 } value && !value.Contains('%', StringComparison.Ordinal)
            ? value.TrimEnd('.').ToLowerInvariant()
            : null;

    /// <summary>The term as written, qualifier included when it is not the default.</summary>
    public override string ToString() =>
        (Qualifier == '+' || IsModifier ? string.Empty : Qualifier.ToString()) + Name + (Value is null ? string.Empty : (IsModifier ? "=" : ":") + Value);
}
