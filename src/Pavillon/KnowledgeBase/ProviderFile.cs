using System.Globalization;
using YamlDotNet.Serialization;

namespace Pavillon.KnowledgeBase;

/// <summary>The YAML shape of a provider file (mutable, for the deserialiser); <see cref="ToProvider"/> makes the immutable record.</summary>
internal sealed class ProviderFile
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Country { get; set; }

    public List<EntityFile>? Entities { get; set; }

    public List<ParentFile>? Parents { get; set; }

    public List<string>? Categories { get; set; }

    public IdentifyFile? Identify { get; set; }

    public List<string>? Alternatives { get; set; }

    public List<SourceFile>? Sources { get; set; }

    public string? Reviewed { get; set; }

    public string? Notes { get; set; }

    public Provider ToProvider(string file, List<string> problems)
    {
        return new Provider
        {
            Id = Id ?? string.Empty,
            Name = Name ?? string.Empty,
            Country = Country ?? string.Empty,
            Entities = (Entities ?? []).Select(e => new LegalEntity(e.Name ?? string.Empty, e.Country ?? string.Empty, e.Registration)).ToList(),
            Parents = (Parents ?? []).Select(p => new ParentCompany(p.Name ?? string.Empty, p.Country ?? string.Empty, p.Id, p.Control)).ToList(),
            Categories = Categories ?? [],
            Identify = Identify?.ToRules() ?? new IdentificationRules(),
            Alternatives = Alternatives ?? [],
            Sources = (Sources ?? []).Select(s => new SourceRef(s.Url ?? string.Empty, s.Title ?? string.Empty, ParseDate(s.Checked, file, "sources.checked", problems))).ToList(),
            Reviewed = ParseDate(Reviewed, file, "reviewed", problems),
            Notes = Notes,
        };
    }

    private static DateOnly ParseDate(string? text, string file, string field, List<string> problems)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{file}: field '{field}' must be a date yyyy-mm-dd (found '{text}')");
        return default;
    }
}

internal sealed class EntityFile
{
    public string? Name { get; set; }

    public string? Country { get; set; }

    public string? Registration { get; set; }
}

internal sealed class ParentFile
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Country { get; set; }

    public string? Control { get; set; }
}

internal sealed class SourceFile
{
    public string? Url { get; set; }

    public string? Title { get; set; }

    public string? Checked { get; set; }
}

internal sealed class HeaderFile
{
    public string? Name { get; set; }

    public string? Pattern { get; set; }
}

internal sealed class IdentifyFile
{
    public List<int>? Asns { get; set; }

    public List<string>? Mx { get; set; }

    public List<string>? Ns { get; set; }

    public List<string>? Cname { get; set; }

    public List<string>? Ptr { get; set; }

    public List<string>? Spf { get; set; }

    [YamlMember(Alias = "spf-bulk")]
    public List<string>? SpfBulk { get; set; }

    [YamlMember(Alias = "resource-hosts")]
    public List<string>? ResourceHosts { get; set; }

    [YamlMember(Alias = "social-hosts")]
    public List<string>? SocialHosts { get; set; }

    public List<string>? Txt { get; set; }

    public List<HeaderFile>? Headers { get; set; }

    public List<string>? Generator { get; set; }

    public List<string>? Fediverse { get; set; }

    [YamlMember(Alias = "certificate-issuers")]
    public List<string>? CertificateIssuers { get; set; }

    [YamlMember(Alias = "iana-registrar-ids")]
    public List<int>? IanaRegistrarIds { get; set; }

    public IdentificationRules ToRules() => new()
    {
        Asns = Asns ?? [],
        Mx = Lower(Mx),
        Ns = Lower(Ns),
        Cname = Lower(Cname),
        Ptr = Lower(Ptr),
        Spf = Lower(Spf),
        SpfBulk = Lower(SpfBulk),
        ResourceHosts = Lower(ResourceHosts),
        SocialHosts = Lower(SocialHosts),
        Txt = Txt ?? [],
        Headers = (Headers ?? []).Select(h => new HeaderRule((h.Name ?? string.Empty).ToLowerInvariant(), h.Pattern ?? ".*")).ToList(),
        Generator = Generator ?? [],
        Fediverse = Lower(Fediverse),
        CertificateIssuers = CertificateIssuers ?? [],
        IanaRegistrarIds = IanaRegistrarIds ?? [],
    };

    private static List<string> Lower(List<string>? values) =>
        (values ?? []).Select(v => v.Trim().TrimEnd('.').ToLowerInvariant()).ToList();
}
