using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Pavillon.KnowledgeBase;

/// <summary>
/// The knowledge base: every provider file, indexed by identifier for attribution.
/// Load it once with <see cref="Load"/>; it is immutable afterwards and safe to share between threads.
/// </summary>
public sealed class ProviderKnowledge
{
    private readonly FrozenDictionary<string, Provider> _byId;
    private readonly FrozenDictionary<int, Provider> _byAsn;

    private readonly IReadOnlyDictionary<Provider, string> _fileNames;

    private ProviderKnowledge(IReadOnlyList<Provider> providers, string version, IReadOnlyList<string> problems, IReadOnlyDictionary<Provider, string>? fileNames = null)
    {
        _fileNames = fileNames ?? new Dictionary<Provider, string>();
        Providers = providers;
        Version = version;
        Problems = problems;
        var byId = new Dictionary<string, Provider>(StringComparer.Ordinal);
        var byAsn = new Dictionary<int, Provider>();
        var conflicts = new List<string>();
        foreach (var provider in providers)
        {
            if (!byId.TryAdd(provider.Id, provider))
            {
                conflicts.Add($"provider id '{provider.Id}' is used by two files");
            }

            foreach (var asn in provider.Identify.Asns)
            {
                if (!byAsn.TryAdd(asn, provider))
                {
                    conflicts.Add($"AS{asn} is claimed by both '{byAsn[asn].Id}' and '{provider.Id}'");
                }
            }

            AddAll(Mx, provider, provider.Identify.Mx, "mx", conflicts);
            AddAll(Ns, provider, provider.Identify.Ns, "ns", conflicts);
            AddAll(Cname, provider, provider.Identify.Cname, "cname", conflicts);
            AddAll(Ptr, provider, provider.Identify.Ptr, "ptr", conflicts);
            AddAll(Spf, provider, provider.Identify.Spf, "spf", conflicts);
            AddAll(ResourceHosts, provider, provider.Identify.ResourceHosts, "resource-hosts", conflicts);
            AddAll(SocialHosts, provider, provider.Identify.SocialHosts, "social-hosts", conflicts);
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _byAsn = byAsn.ToFrozenDictionary();
        Conflicts = conflicts;
        HeaderRules = providers
            .SelectMany(p => p.Identify.Headers.Select(h => new CompiledHeaderRule(p, h, new Regex(h.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))))
            .ToList();
        GeneratorRules = providers
            .SelectMany(p => p.Identify.Generator.Select(g => new CompiledPatternRule(p, g, new Regex(g, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))))
            .ToList();
        TxtRules = providers
            .SelectMany(p => p.Identify.Txt.Select(t => new CompiledPatternRule(p, t, new Regex(t, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))))
            .ToList();
    }

    /// <summary>Every provider, sorted by id.</summary>
    public IReadOnlyList<Provider> Providers { get; }

    /// <summary>Latest review date and a short content hash, for example "2026-11-28+3f2a9c1b".</summary>
    public string Version { get; }

    /// <summary>Problems met while reading the files (syntax, missing fields); see also <see cref="KnowledgeBaseValidator"/>.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Identifiers claimed by two providers for the same role.</summary>
    public IReadOnlyList<string> Conflicts { get; }

    public SuffixIndex Mx { get; } = new();

    public SuffixIndex Ns { get; } = new();

    public SuffixIndex Cname { get; } = new();

    public SuffixIndex Ptr { get; } = new();

    public SuffixIndex Spf { get; } = new();

    public SuffixIndex ResourceHosts { get; } = new();

    public SuffixIndex SocialHosts { get; } = new();

    public IReadOnlyList<CompiledHeaderRule> HeaderRules { get; }

    public IReadOnlyList<CompiledPatternRule> GeneratorRules { get; }

    public IReadOnlyList<CompiledPatternRule> TxtRules { get; }

    public Provider? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The file a provider was read from ("ovhcloud.yaml"), or null for providers built in memory.</summary>
    public string? FileNameOf(Provider provider) => _fileNames.GetValueOrDefault(provider);

    public Provider? ByAsn(int asn) => _byAsn.GetValueOrDefault(asn);

    /// <summary>Providers whose NodeInfo software names include <paramref name="software"/>.</summary>
    public Provider? ByFediverseSoftware(string software) =>
        Providers.FirstOrDefault(p => p.Identify.Fediverse.Contains(software.ToLowerInvariant()));

    /// <summary>The certificate authority whose issuer organisation is <paramref name="issuerOrganisation"/>.</summary>
    public Provider? ByCertificateIssuer(string issuerOrganisation) =>
        Providers.FirstOrDefault(p => p.Identify.CertificateIssuers.Contains(issuerOrganisation, StringComparer.OrdinalIgnoreCase));

    /// <summary>Builds a knowledge base from providers already in memory (tests, tools).</summary>
    public static ProviderKnowledge FromProviders(IEnumerable<Provider> providers, string version = "test") =>
        new(providers.OrderBy(p => p.Id, StringComparer.Ordinal).ToList(), version, []);

    /// <summary>Reads every *.yaml file of <paramref name="providersDirectory"/>. Unreadable files are reported in <see cref="Problems"/>, not thrown.</summary>
    public static ProviderKnowledge Load(string providersDirectory)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .Build();
        var problems = new List<string>();
        var providers = new List<Provider>();
        var fileNames = new Dictionary<Provider, string>(ReferenceEqualityComparer.Instance);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.Exists(providersDirectory)
            ? Directory.GetFiles(providersDirectory, "*.yaml").Order(StringComparer.Ordinal).ToArray()
            : [];
        if (files.Length == 0)
        {
            problems.Add($"no provider file found in {providersDirectory}");
        }

        var latest = DateOnly.MinValue;
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var text = File.ReadAllText(path);
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n" + text));
            try
            {
                var file = deserializer.Deserialize<ProviderFile>(text);
                if (file is null)
                {
                    problems.Add($"{name}: empty file");
                    continue;
                }

                var provider = file.ToProvider(name, problems);
                providers.Add(provider);
                fileNames[provider] = name;
                if (provider.Reviewed > latest)
                {
                    latest = provider.Reviewed;
                }
            }
            catch (YamlException ex)
            {
                problems.Add($"{name}: line {ex.Start.Line}, column {ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}");
            }
        }

        var version = $"{latest:yyyy-MM-dd}+{Convert.ToHexStringLower(hash.GetHashAndReset())[..8]}";
        return new ProviderKnowledge(providers.OrderBy(p => p.Id, StringComparer.Ordinal).ToList(), version, problems, fileNames);
    }

    private static void AddAll(SuffixIndex index, Provider provider, IReadOnlyList<string> suffixes, string role, List<string> conflicts)
    {
        foreach (var suffix in suffixes)
        {
            if (!index.TryAdd(suffix, provider) && index.Owner(suffix) is { } owner && owner.Id != provider.Id)
            {
                conflicts.Add($"{role} suffix '{suffix}' is claimed by both '{owner.Id}' and '{provider.Id}'");
            }
        }
    }
}

/// <summary>A header fingerprint ready to match.</summary>
public sealed record CompiledHeaderRule(Provider Provider, HeaderRule Rule, Regex Pattern);

/// <summary>A text pattern (generator, TXT token) ready to match.</summary>
public sealed record CompiledPatternRule(Provider Provider, string Source, Regex Pattern);
