namespace Pavillon.Domains;

/// <summary>
/// The Public Suffix List (publicsuffix.org): tells where the part of a host name that anyone can
/// register ends, so that "www.mairie.gouv.fr" and "static.mairie.gouv.fr" are recognised as one site
/// and "a.github.io" and "b.github.io" as two. Implements the list's algorithm: normal rules,
/// wildcard rules ("*.ck"), exception rules ("!www.ck") that win over wildcards, the implicit "*"
/// rule for unlisted top-level labels, and the ICANN and private sections. Rules and hosts are
/// compared in punycode: Unicode rules are converted when the list is loaded. Immutable once loaded,
/// so a single instance may be shared by any number of threads.
/// </summary>
public sealed class PublicSuffixList
{
    private const string IcannBegin = "===BEGIN ICANN DOMAINS===";
    private const string PrivateBegin = "===BEGIN PRIVATE DOMAINS===";
    private const string VersionPrefix = "VERSION:";

    // The most labels a valid host name can have: 127 one-character labels in 253 characters.
    private const int MaxLabels = 128;

    private static readonly Lazy<PublicSuffixList> LazyDefault = new(() => Load(DefaultPath));

    private readonly Dictionary<string, PublicSuffixSection> _rules;
    private readonly Dictionary<string, PublicSuffixSection> _wildcards;
    private readonly Dictionary<string, PublicSuffixSection> _exceptions;
    private readonly Dictionary<string, PublicSuffixSection>.AlternateLookup<ReadOnlySpan<char>> _ruleLookup;
    private readonly Dictionary<string, PublicSuffixSection>.AlternateLookup<ReadOnlySpan<char>> _wildcardLookup;
    private readonly Dictionary<string, PublicSuffixSection>.AlternateLookup<ReadOnlySpan<char>> _exceptionLookup;

    private PublicSuffixList(
        Dictionary<string, PublicSuffixSection> rules,
        Dictionary<string, PublicSuffixSection> wildcards,
        Dictionary<string, PublicSuffixSection> exceptions,
        string? version,
        int skippedRules)
    {
        _rules = rules;
        _wildcards = wildcards;
        _exceptions = exceptions;
        _ruleLookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
        _wildcardLookup = wildcards.GetAlternateLookup<ReadOnlySpan<char>>();
        _exceptionLookup = exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
        Version = version;
        SkippedRules = skippedRules;
    }

    /// <summary>Where <see cref="Default"/> reads the list: data/psl/public_suffix_list.dat beside the application.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "psl", "public_suffix_list.dat");

    /// <summary>
    /// The list shipped with the application, loaded from <see cref="DefaultPath"/> on first use.
    /// Throws <see cref="FileNotFoundException"/> on first use when the file is missing.
    /// </summary>
    public static PublicSuffixList Default => LazyDefault.Value;

    /// <summary>The text after "VERSION:" in the list's comments, when the file carries one.</summary>
    public string? Version { get; }

    /// <summary>Number of rules loaded (normal, wildcard and exception rules together).</summary>
    public int RuleCount => _rules.Count + _wildcards.Count + _exceptions.Count;

    /// <summary>Number of lines that looked like rules but could not be used (invalid names, wildcards not in first position).</summary>
    public int SkippedRules { get; }

    /// <summary>Reads a list in the publicsuffix.org format from a UTF-8 file.</summary>
    public static PublicSuffixList Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = File.OpenText(path);
        return Parse(reader);
    }

    /// <summary>Reads a list in the publicsuffix.org format from literal text (tests, embedded lists).</summary>
    public static PublicSuffixList Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Parse(reader);
    }

    /// <summary>
    /// Reads a list in the publicsuffix.org format. Rules before any section marker count as ICANN rules.
    /// Only the first whitespace-separated word of a line is read, as the format specifies.
    /// </summary>
    public static PublicSuffixList Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rules = new Dictionary<string, PublicSuffixSection>(StringComparer.Ordinal);
        var wildcards = new Dictionary<string, PublicSuffixSection>(StringComparer.Ordinal);
        var exceptions = new Dictionary<string, PublicSuffixSection>(StringComparer.Ordinal);
        var section = PublicSuffixSection.Icann;
        string? version = null;
        var skipped = 0;

        while (reader.ReadLine() is { } raw)
        {
            var line = raw.AsSpan().Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.StartsWith("//"))
            {
                var comment = line[2..].Trim();
                if (comment.StartsWith(IcannBegin, StringComparison.Ordinal))
                {
                    section = PublicSuffixSection.Icann;
                }
                else if (comment.StartsWith(PrivateBegin, StringComparison.Ordinal))
                {
                    section = PublicSuffixSection.Private;
                }
                else if (version is null && comment.StartsWith(VersionPrefix, StringComparison.Ordinal))
                {
                    version = comment[VersionPrefix.Length..].Trim().ToString();
                }

                continue;
            }

            var end = line.IndexOfAny(' ', '\t');
            var rule = end < 0 ? line : line[..end];
            var target = rules;
            if (rule.StartsWith("!"))
            {
                target = exceptions;
                rule = rule[1..];
            }
            else if (rule.StartsWith("*."))
            {
                target = wildcards;
                rule = rule[2..];
            }

            var name = rule.Contains('*') || rule.Contains('!') ? null : HostName.Normalise(rule.ToString());
            if (name is null)
            {
                skipped++;
                continue;
            }

            // A rule listed twice keeps its first section, as the first occurrence is the authoritative one.
            target.TryAdd(name, section);
        }

        return new PublicSuffixList(rules, wildcards, exceptions, version, skipped);
    }

    /// <summary>
    /// Applies the list to <paramref name="host"/>.
    /// </summary>
    /// <param name="host">A host name, in any case, with or without a trailing dot, in Unicode or punycode.</param>
    /// <param name="includePrivateDomains">
    /// True (the default) to apply private-section rules too, so that "x.github.io" is its own site.
    /// False to use only ICANN rules, so that "x.github.io" falls under the registrable domain "github.io"
    /// (useful to name the company behind a customer's host name).
    /// </param>
    /// <returns>The match, or null when <paramref name="host"/> is not a valid host name or is an IPv4 address.</returns>
    public PublicSuffixMatch? Match(string? host, bool includePrivateDomains = true)
    {
        var name = HostName.Normalise(host);
        if (name is null)
        {
            return null;
        }

        Span<int> starts = stackalloc int[MaxLabels];
        var count = 0;
        starts[count++] = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '.')
            {
                starts[count++] = i + 1;
            }
        }

        // No top-level domain is numeric: such a name is an IPv4 address (or a mistake), never a domain.
        if (IsAllDigits(name.AsSpan(starts[count - 1])))
        {
            return null;
        }

        var suffixLabel = -1;
        var section = PublicSuffixSection.Unlisted;

        // An exception rule wins over every other rule: its public suffix is the rule minus its first label.
        for (var k = 0; k < count - 1; k++)
        {
            if (_exceptionLookup.TryGetValue(name.AsSpan(starts[k]), out var found) && Allowed(found, includePrivateDomains))
            {
                suffixLabel = k + 1;
                section = found;
                break;
            }
        }

        // Otherwise the rule with the most labels wins: scanning from the longest suffix, the first match.
        for (var k = 0; suffixLabel < 0 && k < count; k++)
        {
            if (_ruleLookup.TryGetValue(name.AsSpan(starts[k]), out var found) && Allowed(found, includePrivateDomains))
            {
                suffixLabel = k;
                section = found;
            }
            else if (k + 1 < count
                && _wildcardLookup.TryGetValue(name.AsSpan(starts[k + 1]), out found)
                && Allowed(found, includePrivateDomains))
            {
                suffixLabel = k;
                section = found;
            }
        }

        if (suffixLabel < 0)
        {
            suffixLabel = count - 1;
        }

        var suffix = name[starts[suffixLabel]..];
        var registrable = suffixLabel > 0 ? name[starts[suffixLabel - 1]..] : null;
        return new PublicSuffixMatch(name, suffix, registrable, section);
    }

    /// <summary>The public suffix of <paramref name="host"/> ("gouv.fr" for "www.interieur.gouv.fr"), normalised.</summary>
    /// <param name="host">A host name; see <see cref="Match"/>.</param>
    /// <param name="includePrivateDomains">True (the default) to apply private-section rules too.</param>
    /// <returns>The suffix, or null when <paramref name="host"/> is not a valid host name.</returns>
    public string? PublicSuffix(string? host, bool includePrivateDomains = true) =>
        Match(host, includePrivateDomains)?.PublicSuffix;

    /// <summary>
    /// The registrable domain of <paramref name="host"/>: its public suffix plus one label
    /// ("interieur.gouv.fr" for "www.interieur.gouv.fr"), normalised to lower-case punycode.
    /// </summary>
    /// <param name="host">A host name; see <see cref="Match"/>.</param>
    /// <param name="includePrivateDomains">True (the default) to apply private-section rules too.</param>
    /// <returns>The domain, or null when there is none (the host is itself a public suffix) or the host is invalid.</returns>
    public string? RegistrableDomain(string? host, bool includePrivateDomains = true) =>
        Match(host, includePrivateDomains)?.RegistrableDomain;

    /// <summary>
    /// True when both hosts have the same registrable domain ("www.example.fr" and "cdn.example.fr").
    /// A host without a registrable domain (a public suffix itself) is only the same site as itself.
    /// Invalid host names are never the same site as anything. Private-section rules apply.
    /// </summary>
    public bool IsSameSite(string? hostA, string? hostB)
    {
        var a = Match(hostA);
        var b = Match(hostB);
        if (a is null || b is null)
        {
            return false;
        }

        return string.Equals(a.RegistrableDomain ?? a.Host, b.RegistrableDomain ?? b.Host, StringComparison.Ordinal);
    }

    private static bool Allowed(PublicSuffixSection section, bool includePrivateDomains) =>
        includePrivateDomains || section != PublicSuffixSection.Private;

    private static bool IsAllDigits(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return !label.IsEmpty;
    }
}
