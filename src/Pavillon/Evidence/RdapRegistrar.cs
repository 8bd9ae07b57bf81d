namespace Pavillon.Evidence;

/// <summary>The registrar entity of an RDAP domain record.</summary>
/// <param name="Name">The vCard "fn" (formatted name), as the registry wrote it; null when absent.</param>
public sealed record RdapRegistrar(string? Name)
{
    /// <summary>The registry's handle of the entity (for .fr, AFNIC's registrar handle).</summary>
    public string? Handle { get; init; }

    /// <summary>The IANA Registrar ID from publicIds (type "IANA Registrar ID"), for ICANN-accredited registrars.</summary>
    public int? IanaId { get; init; }
}
