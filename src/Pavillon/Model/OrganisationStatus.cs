namespace Pavillon.Model;

/// <summary>How far the audit of one organisation went. JSON values: ok, partial, unreachable, invalid.</summary>
public enum OrganisationStatus
{
    /// <summary>Every probe answered.</summary>
    Ok,

    /// <summary>Some probes failed (for example the website did not answer but DNS did).</summary>
    Partial,

    /// <summary>Nothing could be observed: the domain does not exist or nothing answered.</summary>
    Unreachable,

    /// <summary>The input itself was not usable (malformed domain or URL).</summary>
    Invalid,
}
