namespace Pavillon.Evidence;

/// <summary>
/// What an identity service's public realm look-up answered for a mail domain: whether the domain is
/// registered with a tenant of that service. Asked without credentials; the answer is public.
/// </summary>
/// <param name="Service">The service asked: "microsoft-entra" (Microsoft's user-realm service).</param>
/// <param name="Domain">The mail domain asked about.</param>
/// <param name="Url">The URL that was read.</param>
public sealed record TenantRealmFetch(string Service, string Domain, string Url)
{
    /// <summary>
    /// The realm's namespace type as the service spells it: "Managed" or "Federated" when a tenant has verified
    /// the domain, "Unknown" when none has; null when the answer could not be read.
    /// </summary>
    public string? NamespaceType { get; init; }

    /// <summary>The cloud instance that answered (for example "microsoftonline.com"), when given.</summary>
    public string? CloudInstance { get; init; }

    /// <summary>Transport or format failure; null when the service answered.</summary>
    public string? Error { get; init; }

    /// <summary>True when the answer says a tenant has verified the domain.</summary>
    public bool Registered => NamespaceType is "Managed" or "Federated";
}
