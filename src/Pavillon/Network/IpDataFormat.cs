using System.IO.Compression;
using System.Text;

namespace Pavillon.Network;

/// <summary>
/// Reads and writes the snapshot file described in data/ipdata/README.md: a small plain header
/// (magic, format version, date, sources, body length) followed by one Brotli-compressed body of
/// columns of LEB128 integers. Ranges are stored as the gap since the previous range and their length,
/// which are small numbers, so the body compresses well and decodes in one pass.
/// </summary>
internal static class IpDataFormat
{
    public const int Version = 1;

    private const uint Magic = 0x50495650; // "PVIP" read as little-endian
    private const ulong Trailer = 0x444E45; // "END"

    // Brotli at its best ratio with a 16 MiB window: the file is written once and read many times.
    private const int BrotliQuality = 11;
    private const int BrotliWindow = 24;

    public static void Write(IpDataTables tables, string path)
    {
        var body = new VarIntWriter();
        WriteBody(tables, body);
        using var raw = new MemoryStream(checked((int)body.Length));
        body.CopyTo(raw);
        var plain = raw.GetBuffer().AsSpan(0, (int)raw.Length);
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(plain.Length)];
        if (!BrotliEncoder.TryCompress(plain, compressed, out var written, BrotliQuality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli compression of the IP data snapshot failed.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // Write beside the target then move, so a reader never sees a half-written snapshot.
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var writer = new BinaryWriter(file, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write((ushort)Version);
            writer.Write(tables.Date);
            writer.Write7BitEncodedInt(tables.Sources.Count);
            foreach (var source in tables.Sources)
            {
                writer.Write(source);
            }

            writer.Write((long)plain.Length);
            writer.Write(compressed, 0, written);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads only the header: format version, date and sources.</summary>
    public static (int Version, string Date, IReadOnlyList<string> Sources, long BodyLength, long BodyOffset) ReadHeader(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException("Not an IP data snapshot (bad magic number).");
            }

            int version = reader.ReadUInt16();
            if (version != Version)
            {
                throw new InvalidDataException($"IP data snapshot format {version} is not supported (expected {Version}).");
            }

            var date = reader.ReadString();
            var count = reader.Read7BitEncodedInt();
            var sources = new string[count];
            for (var i = 0; i < count; i++)
            {
                sources[i] = reader.ReadString();
            }

            var bodyLength = reader.ReadInt64();
            if (bodyLength is < 0 or > int.MaxValue)
            {
                throw new InvalidDataException("Bad body length in the IP data snapshot.");
            }

            return (version, date, sources, bodyLength, stream.Position);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The IP data snapshot is truncated.", e);
        }
    }

    public static IpDataTables Read(string path)
    {
        var file = File.ReadAllBytes(path);
        using var stream = new MemoryStream(file, writable: false);
        var header = ReadHeader(stream);
        var body = new byte[header.BodyLength];
        if (!BrotliDecoder.TryDecompress(file.AsSpan((int)header.BodyOffset), body, out var written) || written != body.Length)
        {
            throw new InvalidDataException("The IP data snapshot body does not decompress to its declared length.");
        }

        return ReadBody(body, header.Date, header.Sources);
    }

    private static void WriteBody(IpDataTables t, VarIntWriter w)
    {
        w.Write((ulong)t.Holders.Length);
        foreach (var holder in t.Holders)
        {
            w.WriteString(holder);
        }

        w.Write((ulong)t.AsNumbers.Length);
        var previous = 0L;
        foreach (var asn in t.AsNumbers)
        {
            w.Write((ulong)(asn - previous));
            previous = asn;
        }

        foreach (var holder in t.AsHolders)
        {
            w.Write((ulong)(holder + 1));
        }

        foreach (var country in t.AsCountries)
        {
            WriteCountry(w, country);
        }

        WriteV4(w, t.V4Starts, t.V4Ends);
        foreach (var index in t.V4As)
        {
            w.Write((ulong)index);
        }

        WriteV6(w, t.V6Starts, t.V6Ends);
        foreach (var index in t.V6As)
        {
            w.Write((ulong)index);
        }

        w.Write((ulong)t.Countries.Length);
        foreach (var country in t.Countries)
        {
            WriteCountry(w, country);
        }

        WriteV4(w, t.LocV4Starts, t.LocV4Ends);
        foreach (var index in t.LocV4Countries)
        {
            w.WriteByte(index);
        }

        WriteV6(w, t.LocV6Starts, t.LocV6Ends);
        foreach (var index in t.LocV6Countries)
        {
            w.WriteByte(index);
        }

        w.Write(Trailer);
    }

    private static IpDataTables ReadBody(ReadOnlySpan<byte> body, string date, IReadOnlyList<string> sources)
    {
        var r = new VarIntReader(body);
        var holders = new string[r.ReadCount()];
        for (var i = 0; i < holders.Length; i++)
        {
            holders[i] = r.ReadString();
        }

        var asCount = r.ReadCount();
        var asNumbers = new int[asCount];
        var asn = 0UL;
        for (var i = 0; i < asCount; i++)
        {
            asn += r.ReadUInt64();
            asNumbers[i] = checked((int)asn);
        }

        var asHolders = new int[asCount];
        for (var i = 0; i < asCount; i++)
        {
            asHolders[i] = checked((int)r.ReadUInt64()) - 1;
            if (asHolders[i] >= holders.Length)
            {
                throw new InvalidDataException("Holder index out of range in the IP data snapshot.");
            }
        }

        // Country strings are interned through a small table so that 80,000 ASes share about 250 strings.
        var countryCache = new Dictionary<int, string>();
        var asCountries = new string?[asCount];
        for (var i = 0; i < asCount; i++)
        {
            asCountries[i] = ReadCountry(ref r, countryCache);
        }

        var (v4Starts, v4Ends) = ReadV4(ref r);
        var v4As = ReadIndices(ref r, v4Starts.Length, asCount);
        var (v6Starts, v6Ends) = ReadV6(ref r);
        var v6As = ReadIndices(ref r, v6Starts.Length, asCount);

        var countries = new string[r.ReadCount()];
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i] = ReadCountry(ref r, countryCache) ?? throw new InvalidDataException("Empty location country in the IP data snapshot.");
        }

        var (locV4Starts, locV4Ends) = ReadV4(ref r);
        var locV4Countries = ReadBytes(ref r, locV4Starts.Length, countries.Length);
        var (locV6Starts, locV6Ends) = ReadV6(ref r);
        var locV6Countries = ReadBytes(ref r, locV6Starts.Length, countries.Length);

        if (r.ReadUInt64() != Trailer || !r.AtEnd)
        {
            throw new InvalidDataException("The IP data snapshot body has a bad trailer.");
        }

        return new IpDataTables
        {
            Date = date,
            Sources = sources,
            AsNumbers = asNumbers,
            AsHolders = asHolders,
            AsCountries = asCountries,
            Holders = holders,
            V4Starts = v4Starts,
            V4Ends = v4Ends,
            V4As = v4As,
            V6Starts = v6Starts,
            V6Ends = v6Ends,
            V6As = v6As,
            Countries = countries,
            LocV4Starts = locV4Starts,
            LocV4Ends = locV4Ends,
            LocV4Countries = locV4Countries,
            LocV6Starts = locV6Starts,
            LocV6Ends = locV6Ends,
            LocV6Countries = locV6Countries,
        };
    }

    private static void WriteCountry(VarIntWriter w, string? country)
    {
        if (country is null)
        {
            w.WriteByte(0);
            w.WriteByte(0);
            return;
        }

        w.WriteByte((byte)country[0]);
        w.WriteByte((byte)country[1]);
    }

    private static string? ReadCountry(ref VarIntReader r, Dictionary<int, string> cache)
    {
        var first = r.ReadByte();
        var second = r.ReadByte();
        if (first == 0)
        {
            return null;
        }

        var key = (first << 8) | second;
        if (!cache.TryGetValue(key, out var country))
        {
            country = string.Create(2, (first, second), static (span, pair) =>
            {
                span[0] = (char)pair.first;
                span[1] = (char)pair.second;
            });
            cache[key] = country;
        }

        return country;
    }

    // Ranges are sorted and disjoint: each end is written as the length past its start, then each start
    // as the gap after the previous end, in two columns that compress better than interleaved pairs.
    private static void WriteV4(VarIntWriter w, uint[] starts, uint[] ends)
    {
        w.Write((ulong)starts.Length);
        for (var i = 0; i < starts.Length; i++)
        {
            w.Write((ulong)(ends[i] - starts[i]));
        }

        var next = 0UL;
        for (var i = 0; i < starts.Length; i++)
        {
            w.Write(starts[i] - next);
            next = (ulong)ends[i] + 1;
        }
    }

    private static (uint[] Starts, uint[] Ends) ReadV4(ref VarIntReader r)
    {
        var count = r.ReadCount();
        var lengths = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            lengths[i] = r.ReadUInt64();
        }

        var starts = new uint[count];
        var ends = new uint[count];
        var next = 0UL;
        for (var i = 0; i < count; i++)
        {
            var start = next + r.ReadUInt64();
            var end = start + lengths[i];
            if (end > uint.MaxValue)
            {
                throw new InvalidDataException("IPv4 range out of bounds in the IP data snapshot.");
            }

            starts[i] = (uint)start;
            ends[i] = (uint)end;
            next = end + 1;
        }

        return (starts, ends);
    }

    private static void WriteV6(VarIntWriter w, UInt128[] starts, UInt128[] ends)
    {
        w.Write((ulong)starts.Length);
        for (var i = 0; i < starts.Length; i++)
        {
            w.Write(ends[i] - starts[i]);
        }

        var next = UInt128.Zero;
        for (var i = 0; i < starts.Length; i++)
        {
            w.Write(starts[i] - next);
            next = ends[i] + 1; // wraps only after the very last address, when no range can follow
        }
    }

    private static (UInt128[] Starts, UInt128[] Ends) ReadV6(ref VarIntReader r)
    {
        var count = r.ReadCount();
        var ends = new UInt128[count];
        for (var i = 0; i < count; i++)
        {
            ends[i] = r.ReadUInt128(); // the length for now; the end once the start is known
        }

        var starts = new UInt128[count];
        var next = UInt128.Zero;
        for (var i = 0; i < count; i++)
        {
            var gap = r.ReadUInt128();
            if (i > 0 && (next == UInt128.Zero || gap > UInt128.MaxValue - next))
            {
                throw new InvalidDataException("IPv6 range out of bounds in the IP data snapshot.");
            }

            starts[i] = next + gap;
            if (ends[i] > UInt128.MaxValue - starts[i])
            {
                throw new InvalidDataException("IPv6 range out of bounds in the IP data snapshot.");
            }

            ends[i] += starts[i];
            next = ends[i] + 1;
        }

        return (starts, ends);
    }

    private static int[] ReadIndices(ref VarIntReader r, int count, int limit)
    {
        var indices = new int[count];
        for (var i = 0; i < count; i++)
        {
            var value = r.ReadUInt64();
            if (value >= (ulong)limit)
            {
                throw new InvalidDataException("Index out of range in the IP data snapshot.");
            }

            indices[i] = (int)value;
        }

        return indices;
    }

    private static byte[] ReadBytes(ref VarIntReader r, int count, int limit)
    {
        var values = new byte[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = r.ReadByte();
            if (values[i] >= limit)
            {
                throw new InvalidDataException("Country index out of range in the IP data snapshot.");
            }
        }

        return values;
    }
}
