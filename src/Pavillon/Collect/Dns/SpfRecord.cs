using Pavillon.Evidence;

namespace Pavillon.Collect.Dns;

/// <summary>
/// A parsed SPF record (RFC 7208). Pure: shared by the collect stage, which follows includes within the
/// lookup limit, and by attribution, which rebuilds the tree from the TXT lookups.
/// </summary>
/// <param name="Text">The record as published.</param>
/// <param name="Terms">Its terms, in order.</param>
public sealed record SpfRecord(string Text, IReadOnlyList<SpfTerm> Terms)
{
    /// <summary>Most DNS-querying terms an evaluation may meet before it fails with permerror (RFC 7208 §4.6.4): 10.</summary>
    public const int MaxDnsLookups = 10;

    /// <summary>Most "void" lookups (NXDOMAIN or no answer) an evaluation should tolerate (RFC 7208 §4.6.4): 2.</summary>
    public const int MaxVoidLookups = 2;

    /// <summary>
    /// The terms in the order an evaluation meets them: mechanisms left to right, then redirect=, which
    /// only applies when the record has no "all" mechanism (RFC 7208 §6.1).
    /// </summary>
    public IEnumerable<SpfTerm> EvaluationOrder
    {
        get
        {
            var mechanisms = Terms.Where(t => !t.IsModifier).ToList();
            foreach (var mechanism in mechanisms)
            {
                yield return mechanism;
            }

            var redirect = Terms.FirstOrDefault(t => t.IsModifier && t.Name == "redirect");
            if (redirect is not null && !mechanisms.Any(m => m.Name == "all"))
            {
                yield return redirect;
            }
        }
    }

    /// <summary>True when <paramref name="text"/> is an SPF record: "v=spf1" alone or followed by a space.</summary>
    public static bool IsSpf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.StartsWith("v=spf1", StringComparison.OrdinalIgnoreCase) && (text.Length == 6 || text[6] == ' ');
    }

    /// <summary>Parses an SPF record; null when <paramref name="text"/> is not one.</summary>
    public static SpfRecord? Parse(string text)
    {
        if (text is null || !IsSpf(text))
        {
            return null;
        }

        var terms = new List<SpfTerm>();
        foreach (var word in text[6..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var qualified = word[0] is '+' or '-' or '~' or '?';
            var qualifier = qualified ? word[0] : '+';
            var bare = qualified ? word[1..] : word;
            if (bare.Length == 0)
            {
                continue;
            }

            var colon = bare.IndexOf(':', StringComparison.Ordinal);
            var equals = bare.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && (colon < 0 || equals < colon))
            {
                terms.Add(new SpfTerm('+', bare[..equals].ToLowerInvariant(), bare[(equals + 1)..], IsModifier: true));
                continue;
            }

            var name = colon < 0 ? bare : bare[..colon];
            var value = colon < 0 ? null : bare[(colon + 1)..];

            // "a/24" and "mx:example.net/24": a CIDR length is part of neither the name nor the domain.
            var slash = name.IndexOf('/', StringComparison.Ordinal);
            name = (slash < 0 ? name : name[..slash]).ToLowerInvariant();
            if (name is "a" or "mx" && value?.IndexOf('/', StringComparison.Ordinal) is int cidr and >= 0)
            {
                value = value[..cidr];
            }

            terms.Add(new SpfTerm(qualifier, name, value, IsModifier: false));
        }

        return new SpfRecord(text, terms);
    }

    /// <summary>
    /// The SPF record a TXT lookup holds, when it holds exactly one (two or more is a permerror, RFC 7208 §4.5);
    /// null otherwise. <paramref name="count"/> tells how many were published.
    /// </summary>
    public static SpfRecord? FromLookup(DnsLookup? lookup, out int count)
    {
        var texts = lookup?.Answers.Where(a => a.Type == "TXT" && IsSpf(a.Data)).Select(a => a.Data).Distinct(StringComparer.Ordinal).ToList() ?? [];
        count = texts.Count;
        return texts.Count == 1 ? Parse(texts[0]) : null;
    }
}
