namespace Pavillon.KnowledgeBase;

/// <summary>
/// Maps domain suffixes to providers for one role. A suffix matches a host equal to it or ending
/// with "." + suffix (whole labels only: "evil-ovh.net" never matches "ovh.net"); the longest wins.
/// </summary>
public sealed class SuffixIndex
{
    private readonly Dictionary<string, Provider> _bySuffix = new(StringComparer.OrdinalIgnoreCase);

    internal bool TryAdd(string suffix, Provider provider) => _bySuffix.TryAdd(suffix, provider);

    internal Provider? Owner(string suffix) => _bySuffix.GetValueOrDefault(suffix);

    /// <summary>Finds the provider of the longest suffix of <paramref name="host"/>, or null.</summary>
    public SuffixMatch? Match(string host)
    {
        var name = host.Trim().TrimEnd('.');
        while (name.Length > 0)
        {
            if (_bySuffix.TryGetValue(name, out var provider))
            {
                return new SuffixMatch(provider, name);
            }

            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                break;
            }

            name = name[(dot + 1)..];
        }

        return null;
    }
}

/// <summary>A provider found by a domain suffix, and the suffix that matched.</summary>
public sealed record SuffixMatch(Provider Provider, string Suffix);
