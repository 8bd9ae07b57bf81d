using System.Net;
using System.Net.Sockets;
using Pavillon.Evidence;

namespace Pavillon.Network;

/// <summary>
/// The offline IP data: for any IPv4 or IPv6 address, its origin AS, the AS holder and registry country,
/// the routed range and the location country. Loaded once into sorted arrays and searched by bisection;
/// immutable after <see cref="Load"/>, so one instance serves any number of threads.
/// </summary>
public sealed class IpDataSnapshot
{
    /// <summary>File name of the snapshot under data/ipdata/.</summary>
    public const string FileName = "ipdata.bin";

    private readonly IpDataTables _tables;

    // Range text per route, made on first use: formatting costs more than the search itself, and the
    // addresses of one scan fall in few ranges. A race only formats the same string twice.
    private readonly string?[] _v4RangeText;
    private readonly string?[] _v6RangeText;
    private readonly int[] _v4Index;
    private readonly int[] _locV4Index;
    private readonly Ipv6StartIndex _v6Index;
    private readonly Ipv6StartIndex _locV6Index;

    private IpDataSnapshot(IpDataTables tables, IpDataSummary summary)
    {
        _tables = tables;
        _v4RangeText = new string?[tables.V4Starts.Length];
        _v6RangeText = new string?[tables.V6Starts.Length];
        _v4Index = BuildIndex(tables.V4Starts);
        _locV4Index = BuildIndex(tables.LocV4Starts);
        _v6Index = new Ipv6StartIndex(tables.V6Starts);
        _locV6Index = new Ipv6StartIndex(tables.LocV6Starts);
        Summary = summary;
        Info = new IpDataInfo(tables.Date, tables.Sources);
    }

    /// <summary>
    /// Where the snapshot is looked for by default: data/ipdata/ipdata.bin next to the running binary
    /// (the command-line project copies the repository's data/ folder there).
    /// </summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "ipdata", FileName);

    /// <summary>Date and sources of the snapshot, as recorded in evidence bundles and reports.</summary>
    public IpDataInfo Info { get; }

    /// <summary>Counts, date, sources and file size of the loaded snapshot.</summary>
    public IpDataSummary Summary { get; }

    /// <summary>Loads a snapshot file entirely into memory.</summary>
    /// <param name="path">Path of a file written by <see cref="IpDataBuilder"/>.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a snapshot, is truncated, or has an unsupported format version.</exception>
    public static IpDataSnapshot Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = Path.GetFullPath(path);
        var tables = IpDataFormat.Read(fullPath);
        return new IpDataSnapshot(tables, Summarise(tables, fullPath, new FileInfo(fullPath).Length));
    }

    /// <summary>Reads only the header of a snapshot (format version, date, sources), without decoding the ranges.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a snapshot or has an unsupported format version.</exception>
    public static IpDataInfo ReadInfo(string path)
    {
        using var stream = File.OpenRead(path);
        var header = IpDataFormat.ReadHeader(stream);
        return new IpDataInfo(header.Date, header.Sources);
    }

    /// <summary>
    /// What the snapshot says about an address. IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are looked up as IPv4.
    /// </summary>
    /// <returns>The network of the address, or null when no routed range holds it.</returns>
    public IpNetworkInfo? Lookup(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => LookupV4(IpRangeText.ToUInt32(address)),
            AddressFamily.InterNetworkV6 => LookupV6(IpRangeText.ToUInt128(address)),
            _ => null,
        };
    }

    internal static IpDataSummary Summarise(IpDataTables tables, string path, long size) => new(
        path,
        IpDataFormat.Version,
        tables.Date,
        tables.Sources,
        tables.V4Starts.Length,
        tables.V6Starts.Length,
        tables.AsNumbers.Length,
        tables.AsCountries.Count(country => country is not null),
        tables.LocV4Starts.Length,
        tables.LocV6Starts.Length,
        size);

    private IpNetworkInfo? LookupV4(uint value)
    {
        var t = _tables;
        var i = Find(t.V4Starts, t.V4Ends, _v4Index, value);
        if (i < 0)
        {
            return null;
        }

        var location = Find(t.LocV4Starts, t.LocV4Ends, _locV4Index, value);
        var range = _v4RangeText[i] ??= IpRangeText.FormatV4(t.V4Starts[i], t.V4Ends[i]);
        return Describe(t.V4As[i], range, location < 0 ? null : t.Countries[t.LocV4Countries[location]]);
    }

    private IpNetworkInfo? LookupV6(UInt128 value)
    {
        var t = _tables;
        var i = Find(_v6Index, t.V6Ends, value);
        if (i < 0)
        {
            return null;
        }

        var location = Find(_locV6Index, t.LocV6Ends, value);
        var range = _v6RangeText[i] ??= IpRangeText.FormatV6(t.V6Starts[i], t.V6Ends[i]);
        return Describe(t.V6As[i], range, location < 0 ? null : t.Countries[t.LocV6Countries[location]]);
    }

    private IpNetworkInfo Describe(int asIndex, string range, string? location)
    {
        var t = _tables;
        var holder = t.AsHolders[asIndex];
        return new IpNetworkInfo(t.AsNumbers[asIndex], holder < 0 ? null : t.Holders[holder], t.AsCountries[asIndex], range, location);
    }

    // The last range starting at or before the value is the only candidate: ranges are disjoint.
    // The /16 index narrows the search to the ranges starting in the value's /16 (plus the one before),
    // a few cache lines instead of twenty scattered probes over the whole array.
    private static int Find(uint[] starts, uint[] ends, int[] index, uint value)
    {
        var bucket = (int)(value >> 16);
        int low = Math.Max(index[bucket] - 1, 0), high = index[bucket + 1] - 1;
        while (low <= high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (starts[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && value <= ends[high] ? high : -1;
    }

    /// <summary>For each /16 b, the number of ranges starting before b.0.0; one more entry holds the total.</summary>
    private static int[] BuildIndex(uint[] starts)
    {
        var index = new int[65537];
        var i = 0;
        for (var bucket = 0; bucket <= 65536; bucket++)
        {
            var bucketStart = (ulong)bucket << 16;
            while (i < starts.Length && starts[i] < bucketStart)
            {
                i++;
            }

            index[bucket] = i;
        }

        return index;
    }

    private static int Find(Ipv6StartIndex index, UInt128[] ends, UInt128 value)
    {
        var i = index.LastAtOrBefore((ulong)(value >> 64), (ulong)value);
        return i >= 0 && value <= ends[i] ? i : -1;
    }
}
