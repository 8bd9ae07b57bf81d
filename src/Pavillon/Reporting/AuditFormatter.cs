using Pavillon.Model;

namespace Pavillon.Reporting;

/// <summary>
/// Writes audit entries as words. Markdown shows flags only ("OVHcloud (🇫🇷)"), as the hand-made audits do;
/// the terminal adds the ISO code ("OVHcloud 🇫🇷 FR") because many terminals draw no flag emoji.
/// </summary>
internal static class AuditFormatter
{
    /// <summary>Keeps a flag and its code on one line when the table wraps; written out as a plain space.</summary>
    public const char Glue = '\u00A0';

    public static string Markdown(AuditEntry entry, ReportText text) => Format(entry, text, MarkdownCountry, markdown: true);

    public static string Plain(AuditEntry entry, ReportText text) => Format(entry, text, PlainCountry, markdown: false);

    public static string MarkdownList(IReadOnlyList<AuditEntry> entries, ReportText text, string whenEmpty) =>
        entries.Count == 0 ? whenEmpty : string.Join(", ", entries.Select(entry => Markdown(entry, text)));

    /// <summary>The provider's name as people say it; networks outside the knowledge base get their AS number in front.</summary>
    public static string DisplayName(ProviderRef provider)
    {
        const string asnPrefix = "asn:";
        if (provider.Id.StartsWith(asnPrefix, StringComparison.Ordinal))
        {
            var asn = "AS" + provider.Id[asnPrefix.Length..];
            return provider.Name.StartsWith(asn, StringComparison.OrdinalIgnoreCase) ? provider.Name : $"{asn} {provider.Name}";
        }

        return provider.Name;
    }

    /// <summary>A country as a flag, or its code when it has no flag (for example "EU").</summary>
    public static string MarkdownCountry(string code)
    {
        var flag = Countries.Flag(code);
        return flag.Length == 0 ? code : flag;
    }

    /// <summary>A country as flag and code, glued together.</summary>
    public static string PlainCountry(string code)
    {
        var flag = Countries.Flag(code);
        return flag.Length == 0 ? code : flag + Glue + code;
    }

    private static string Format(AuditEntry entry, ReportText text, Func<string, string> country, bool markdown)
    {
        if (entry.Provider is null && !entry.SelfHosted)
        {
            return text.Unknown;
        }

        if (entry.Provider?.Id == AuditSummary.UnknownId && !entry.SelfHosted)
        {
            return entry.Location is null ? text.Unknown : $"{text.Unknown} ({text.ServersIn} {country(entry.Location)})";
        }

        var name = entry.SelfHosted ? text.SelfHosted : DisplayName(entry.Provider!);
        if (markdown)
        {
            name = MarkdownText.Escape(name);
        }

        if (entry.Hint)
        {
            var flag = entry.Provider?.Jurisdiction is { } hintJurisdiction ? country(hintJurisdiction) + ", " : string.Empty;
            return $"{text.MailboxHint} {name} ({flag}{text.WeakHint})";
        }

        var jurisdiction = entry.Provider?.Jurisdiction;
        var notes = new List<string>();
        if (jurisdiction is not null)
        {
            notes.Add(country(jurisdiction));
        }

        if (entry.Location is not null && entry.Location != jurisdiction)
        {
            notes.Add($"{text.ServersIn} {country(entry.Location)}");
        }

        if (notes.Count == 0 && !entry.SelfHosted)
        {
            notes.Add(text.UnknownCountry);
        }

        if (entry.Provider is { InKnowledgeBase: false } && !entry.SelfHosted)
        {
            notes.Add(text.NotInKnowledgeBase);
        }

        if (notes.Count == 0)
        {
            return name;
        }

        if (markdown)
        {
            return $"{name} ({string.Join(", ", notes)})";
        }

        // In the table the jurisdiction follows the name directly; only the qualifiers go in brackets.
        var lead = jurisdiction is not null ? $"{name} {notes[0]}" : name;
        var rest = jurisdiction is not null ? notes.Skip(1).ToList() : notes;
        return rest.Count == 0 ? lead : $"{lead} ({string.Join(", ", rest)})";
    }
}
