using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using MaxMind.Db;

namespace Pavillon.Network;

/// <summary>
/// Builds the snapshot file from the unpacked upstream packages (see data/ipdata/README.md for what is taken
/// from each), and refreshes it for <c>pavillon data update</c>.
/// </summary>
public static class IpDataBuilder
{
    private const string AsnStem = "asn";
    private const string AsCountryStem = "iptoasn-country";
    private const string LocationStem = "geo-whois-asn-country";

    /// <summary>
    /// Builds a snapshot from a directory holding the unpacked upstream files, searched recursively by file name:
    /// asn-ipv4[-num].csv and asn-ipv6[-num].csv (required, at least one), iptoasn-country.mmdb (or its -ipv4/-ipv6
    /// .mmdb or .csv siblings) and geo-whois-asn-country-ipv4[-num].csv / -ipv6 (or .mmdb). The package.json found
    /// beside a file names its source package and version.
    /// </summary>
    /// <param name="sourceDirectory">Directory with the unpacked packages, for example the one <see cref="IpDataFetcher.FetchAsync"/> filled.</param>
    /// <param name="outputPath">Snapshot file to write; replaced atomically if it exists.</param>
    /// <param name="date">Date of the data, stored in the header.</param>
    /// <exception cref="FileNotFoundException">No AS file was found.</exception>
    /// <exception cref="InvalidDataException">An upstream file is malformed.</exception>
    public static IpDataSummary Build(string sourceDirectory, string outputPath, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(sourceDirectory);
        ArgumentNullException.ThrowIfNull(outputPath);
        var root = Path.GetFullPath(sourceDirectory);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();

        var asnFiles = PickFiles(files, AsnStem, allowMmdb: false);
        if (asnFiles.Count == 0)
        {
            throw new FileNotFoundException($"No asn-ipv4.csv or asn-ipv6.csv under '{root}'.");
        }

        var asCountryFiles = PickFiles(files, AsCountryStem, allowMmdb: true);
        var locationFiles = PickFiles(files, LocationStem, allowMmdb: true);

        // Origin AS per range, and the holder name of each AS (the first name seen; upstream gives one per AS).
        var holders = new Dictionary<int, string?>();
        var asV4 = new List<SourceRange>();
        var asV6 = new List<SourceRange>();
        foreach (var file in asnFiles)
        {
            ReadAsnFile(file, holders, asV4, asV6);
        }

        var routesV4 = RangeFlattener.Flatten(asV4, mergeAdjacent: false);
        var routesV6 = RangeFlattener.Flatten(asV6, mergeAdjacent: false);

        // Registry country of each AS: the country IPtoASN gives most often at the starts of that AS's ranges.
        var countries = new List<string>();
        var countryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var (regV4, regV6) = ReadCountryFiles(asCountryFiles, countries, countryIndex);
        var asCountries = RegistryCountries(routesV4, routesV6, RangeFlattener.Flatten(regV4, false), RangeFlattener.Flatten(regV6, false), countries);

        // Location country per range: a separate country table, since only locations are stored by index.
        var locationCountries = new List<string>();
        var locationIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var (locV4, locV6) = ReadCountryFiles(locationFiles, locationCountries, locationIndex);
        if (locationCountries.Count > byte.MaxValue)
        {
            throw new InvalidDataException($"Too many location countries ({locationCountries.Count}); the format stores one byte per range.");
        }

        var locationsV4 = RangeFlattener.Flatten(locV4, mergeAdjacent: true);
        var locationsV6 = RangeFlattener.Flatten(locV6, mergeAdjacent: true);

        // AS table sorted by number, holder names stored once.
        var asNumbers = holders.Keys.Order().ToArray();
        var asPosition = new Dictionary<int, int>(asNumbers.Length);
        var holderNames = new List<string>();
        var holderPosition = new Dictionary<string, int>(StringComparer.Ordinal);
        var asHolders = new int[asNumbers.Length];
        var asCountryColumn = new string?[asNumbers.Length];
        for (var i = 0; i < asNumbers.Length; i++)
        {
            asPosition[asNumbers[i]] = i;
            asCountryColumn[i] = asCountries.GetValueOrDefault(asNumbers[i]);
            var holder = holders[asNumbers[i]];
            if (holder is null)
            {
                asHolders[i] = -1;
                continue;
            }

            if (!holderPosition.TryGetValue(holder, out var position))
            {
                position = holderNames.Count;
                holderNames.Add(holder);
                holderPosition[holder] = position;
            }

            asHolders[i] = position;
        }

        var tables = new IpDataTables
        {
            Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Sources = DescribeSources(root, [.. asnFiles, .. asCountryFiles, .. locationFiles]),
            AsNumbers = asNumbers,
            AsHolders = asHolders,
            AsCountries = asCountryColumn,
            Holders = [.. holderNames],
            V4Starts = [.. routesV4.Select(r => (uint)r.Start)],
            V4Ends = [.. routesV4.Select(r => (uint)r.End)],
            V4As = [.. routesV4.Select(r => asPosition[r.Value])],
            V6Starts = [.. routesV6.Select(r => r.Start)],
            V6Ends = [.. routesV6.Select(r => r.End)],
            V6As = [.. routesV6.Select(r => asPosition[r.Value])],
            Countries = [.. locationCountries],
            LocV4Starts = [.. locationsV4.Select(r => (uint)r.Start)],
            LocV4Ends = [.. locationsV4.Select(r => (uint)r.End)],
            LocV4Countries = [.. locationsV4.Select(r => (byte)r.Value)],
            LocV6Starts = [.. locationsV6.Select(r => r.Start)],
            LocV6Ends = [.. locationsV6.Select(r => r.End)],
            LocV6Countries = [.. locationsV6.Select(r => (byte)r.Value)],
        };

        var fullOutput = Path.GetFullPath(outputPath);
        IpDataFormat.Write(tables, fullOutput);
        return IpDataSnapshot.Summarise(tables, fullOutput, new FileInfo(fullOutput).Length);
    }

    /// <summary>
    /// Refreshes a snapshot: fetches the packages with npm into a temporary directory (or reads
    /// <paramref name="fromDirectory"/> when given), builds, and removes the temporary files.
    /// </summary>
    /// <param name="outputPath">Snapshot file to write; default <see cref="IpDataSnapshot.DefaultPath"/> when null.</param>
    /// <param name="fromDirectory">Already unpacked packages; null to fetch them with npm.</param>
    /// <param name="date">Date of the data; default the date encoded in the asn package version (2.3.YYYYMMDDHH), else today (UTC).</param>
    /// <param name="cancellationToken">Stops the download.</param>
    public static async Task<IpDataSummary> UpdateAsync(
        string? outputPath = null,
        string? fromDirectory = null,
        DateOnly? date = null,
        CancellationToken cancellationToken = default)
    {
        outputPath ??= IpDataSnapshot.DefaultPath;
        var temporary = fromDirectory is null ? Directory.CreateTempSubdirectory("pavillon-ipdata-").FullName : null;
        try
        {
            var source = fromDirectory ?? temporary!;
            if (temporary is not null)
            {
                await IpDataFetcher.FetchAsync(temporary, cancellationToken: cancellationToken);
            }

            var dataDate = date ?? DateFromSources(source) ?? DateOnly.FromDateTime(DateTime.UtcNow);
            return Build(source, outputPath, dataDate);
        }
        finally
        {
            if (temporary is not null)
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    /// <summary>
    /// The data date encoded in an ip-location-db package version ("2.3.2026061719" is 2026-06-17), or null.
    /// </summary>
    public static DateOnly? DateFromPackageVersion(string version)
    {
        var last = version.Split('.')[^1];
        return last.Length >= 8 && DateOnly.TryParseExact(last[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static DateOnly? DateFromSources(string directory)
    {
        foreach (var manifest in Directory.EnumerateFiles(directory, "package.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (ReadPackage(manifest) is ({ } name, { } version) && name == IpDataSources.AsnPackage)
            {
                return DateFromPackageVersion(version);
            }
        }

        return null;
    }

    /// <summary>The files of one dataset: the combined .mmdb when present, else per family the -num CSV, the CSV or the .mmdb.</summary>
    private static List<string> PickFiles(List<string> files, string stem, bool allowMmdb)
    {
        string? Find(string name) => files.FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase));

        if (allowMmdb && Find(stem + ".mmdb") is { } combined)
        {
            return [combined];
        }

        var picked = new List<string>();
        foreach (var family in new[] { "ipv4", "ipv6" })
        {
            var file = Find($"{stem}-{family}-num.csv") ?? Find($"{stem}-{family}.csv") ?? (allowMmdb ? Find($"{stem}-{family}.mmdb") : null);
            if (file is not null)
            {
                picked.Add(file);
            }
        }

        return picked;
    }

    private static void ReadAsnFile(string file, Dictionary<int, string?> holders, List<SourceRange> v4, List<SourceRange> v6)
    {
        var numericIsV6 = Path.GetFileName(file).Contains("ipv6", StringComparison.OrdinalIgnoreCase);
        foreach (var row in UpstreamCsv.ReadRows(file))
        {
            if (row.Length < 3)
            {
                throw new InvalidDataException($"{Path.GetFileName(file)}: expected start,end,asn[,holder], got '{string.Join(',', row)}'.");
            }

            var (start, startIsV6) = UpstreamCsv.ParseAddress(row[0], numericIsV6, file);
            var (end, endIsV6) = UpstreamCsv.ParseAddress(row[1], numericIsV6, file);
            if (startIsV6 != endIsV6 || end < start)
            {
                throw new InvalidDataException($"{Path.GetFileName(file)}: bad range '{row[0]}-{row[1]}'.");
            }

            if (!uint.TryParse(row[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                throw new InvalidDataException($"{Path.GetFileName(file)}: bad AS number '{row[2]}'.");
            }

            // AS 0 marks unrouted space (RFC 7607), and numbers past 2^31 are private-use or unassigned
            // (RFC 6996): neither names an operator, so the range is left without a route.
            if (number is 0 or > int.MaxValue)
            {
                continue;
            }

            var asn = (int)number;

            var holder = row.Length > 3 && !string.IsNullOrWhiteSpace(row[3]) ? row[3].Trim() : null;
            if (!holders.TryGetValue(asn, out var known) || (known is null && holder is not null))
            {
                holders[asn] = holder;
            }

            (startIsV6 ? v6 : v4).Add(new SourceRange(start, end, asn));
        }
    }

    private static (List<SourceRange> V4, List<SourceRange> V6) ReadCountryFiles(List<string> files, List<string> countries, Dictionary<string, int> index)
    {
        var v4 = new List<SourceRange>();
        var v6 = new List<SourceRange>();
        foreach (var file in files)
        {
            var ranges = file.EndsWith(".mmdb", StringComparison.OrdinalIgnoreCase) ? ReadCountryMmdb(file) : ReadCountryCsv(file);
            foreach (var (start, end, isV6, country) in ranges)
            {
                if (country is null)
                {
                    continue;
                }

                if (!index.TryGetValue(country, out var position))
                {
                    position = countries.Count;
                    countries.Add(country);
                    index[country] = position;
                }

                (isV6 ? v6 : v4).Add(new SourceRange(start, end, position));
            }
        }

        return (v4, v6);
    }

    private static IEnumerable<(UInt128 Start, UInt128 End, bool IsV6, string? Country)> ReadCountryCsv(string file)
    {
        var numericIsV6 = Path.GetFileName(file).Contains("ipv6", StringComparison.OrdinalIgnoreCase);
        foreach (var row in UpstreamCsv.ReadRows(file))
        {
            if (row.Length < 3)
            {
                throw new InvalidDataException($"{Path.GetFileName(file)}: expected start,end,country, got '{string.Join(',', row)}'.");
            }

            var (start, isV6) = UpstreamCsv.ParseAddress(row[0], numericIsV6, file);
            var (end, _) = UpstreamCsv.ParseAddress(row[1], numericIsV6, file);
            yield return (start, end, isV6, NormaliseCountry(row[2]));
        }
    }

    private static List<(UInt128 Start, UInt128 End, bool IsV6, string? Country)> ReadCountryMmdb(string file)
    {
        var ranges = new List<(UInt128, UInt128, bool, string?)>();
        using var reader = new Reader(file);
        foreach (var node in reader.FindAll<Dictionary<string, object>>())
        {
            var address = node.Start;
            if (address.IsIPv4MappedToIPv6)
            {
                address = address.MapToIPv4();
            }

            var isV6 = address.AddressFamily == AddressFamily.InterNetworkV6;
            var bits = isV6 ? 128 : 32;
            var prefix = address.AddressFamily == node.Start.AddressFamily ? node.PrefixLength : node.PrefixLength - 96;
            if (prefix < 0 || prefix > bits)
            {
                continue;
            }

            var start = isV6 ? IpRangeText.ToUInt128(address) : IpRangeText.ToUInt32(address);
            var hostMask = prefix == 0 ? (isV6 ? UInt128.MaxValue : uint.MaxValue) : ((UInt128.One << (bits - prefix)) - 1);
            ranges.Add((start, start | hostMask, isV6, NormaliseCountry(CountryOf(node.Data))));
        }

        return ranges;
    }

    private static string? CountryOf(Dictionary<string, object> data)
    {
        if (data.TryGetValue("country_code", out var code) && code is string text)
        {
            return text;
        }

        // MaxMind-style records nest it: { "country": { "iso_code": "FR" } }.
        return data.TryGetValue("country", out var country) && country is Dictionary<string, object> nested
            && nested.TryGetValue("iso_code", out var iso) && iso is string isoText
            ? isoText
            : null;
    }

    private static string? NormaliseCountry(string? code)
    {
        code = code?.Trim().ToUpperInvariant();
        return code is { Length: 2 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) ? code : null;
    }

    private static Dictionary<int, string> RegistryCountries(
        List<SourceRange> routesV4,
        List<SourceRange> routesV6,
        List<SourceRange> registryV4,
        List<SourceRange> registryV6,
        List<string> countries)
    {
        var votes = new Dictionary<int, Dictionary<int, int>>();
        void Vote(List<SourceRange> routes, List<SourceRange> registry)
        {
            foreach (var route in routes)
            {
                var country = CountryAt(registry, route.Start);
                if (country < 0)
                {
                    continue;
                }

                if (!votes.TryGetValue(route.Value, out var tally))
                {
                    votes[route.Value] = tally = [];
                }

                tally[country] = tally.GetValueOrDefault(country) + 1;
            }
        }

        Vote(routesV4, registryV4);
        Vote(routesV6, registryV6);
        var result = new Dictionary<int, string>(votes.Count);
        foreach (var (asn, tally) in votes)
        {
            // Most ranges wins; a tie goes to the alphabetically first code so that builds are reproducible.
            result[asn] = tally
                .Select(pair => (Code: countries[pair.Key], Count: pair.Value))
                .OrderByDescending(pair => pair.Count)
                .ThenBy(pair => pair.Code, StringComparer.Ordinal)
                .First().Code;
        }

        return result;
    }

    private static int CountryAt(List<SourceRange> ranges, UInt128 address)
    {
        int low = 0, high = ranges.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (ranges[middle].End < address)
            {
                low = middle + 1;
            }
            else if (ranges[middle].Start > address)
            {
                high = middle - 1;
            }
            else
            {
                return ranges[middle].Value;
            }
        }

        return -1;
    }

    private static List<string> DescribeSources(string root, List<string> usedFiles)
    {
        var sources = new List<string>();
        foreach (var file in usedFiles)
        {
            var label = PackageOf(root, file) is ({ } name, { } version)
                ? IpDataSources.Credit(name) is { } credit ? $"{name} {version} ({credit})" : $"{name} {version}"
                : Path.GetFileName(file);
            if (!sources.Contains(label, StringComparer.Ordinal))
            {
                sources.Add(label);
            }
        }

        return sources;
    }

    private static (string? Name, string? Version)? PackageOf(string root, string file)
    {
        for (var directory = Path.GetDirectoryName(file); directory is not null && directory.Length >= root.Length; directory = Path.GetDirectoryName(directory))
        {
            var manifest = Path.Combine(directory, "package.json");
            if (File.Exists(manifest))
            {
                return ReadPackage(manifest);
            }
        }

        return null;
    }

    private static (string? Name, string? Version)? ReadPackage(string manifest)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifest));
            var root = document.RootElement;
            string? Text(string property) => root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return (Text("name"), Text("version"));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
