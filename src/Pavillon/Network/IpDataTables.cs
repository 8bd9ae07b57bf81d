namespace Pavillon.Network;

/// <summary>
/// The decoded content of a snapshot: sorted, disjoint, inclusive ranges in parallel arrays, ready for binary search.
/// Never mutated once built, so any number of threads may read it.
/// </summary>
internal sealed class IpDataTables
{
    public required string Date { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>AS numbers, ascending; the position is the AS index used by the route tables.</summary>
    public required int[] AsNumbers { get; init; }

    /// <summary>Index into <see cref="Holders"/> per AS, -1 when the AS has no holder name.</summary>
    public required int[] AsHolders { get; init; }

    /// <summary>Registry country per AS, null when unknown.</summary>
    public required string?[] AsCountries { get; init; }

    /// <summary>Distinct holder names, each stored once.</summary>
    public required string[] Holders { get; init; }

    public required uint[] V4Starts { get; init; }

    public required uint[] V4Ends { get; init; }

    public required int[] V4As { get; init; }

    public required UInt128[] V6Starts { get; init; }

    public required UInt128[] V6Ends { get; init; }

    public required int[] V6As { get; init; }

    /// <summary>Distinct location countries; the location tables hold an index into it.</summary>
    public required string[] Countries { get; init; }

    public required uint[] LocV4Starts { get; init; }

    public required uint[] LocV4Ends { get; init; }

    public required byte[] LocV4Countries { get; init; }

    public required UInt128[] LocV6Starts { get; init; }

    public required UInt128[] LocV6Ends { get; init; }

    public required byte[] LocV6Countries { get; init; }
}
