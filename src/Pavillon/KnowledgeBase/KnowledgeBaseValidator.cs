using System.Text.RegularExpressions;
using Pavillon.Model;
using Pavillon.Web;

namespace Pavillon.KnowledgeBase;

/// <summary>
/// Checks the knowledge base beyond what the YAML reader enforces: required fields, unique ids,
/// ISO countries, rules claimed twice, parent chains without cycles, sources and identification rules.
/// </summary>
public static partial class KnowledgeBaseValidator
{
    /// <summary>The categories a provider may declare (data/schema/README.md explains each).</summary>
    public static IReadOnlySet<string> KnownCategories { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "cloud", "managed-hosting", "web-platform", "campaign-platform", "cdn", "dns", "registrar",
        "certificate-authority", "email-hosting", "email-relay", "email-gateway", "email-sending", "social-network",
        "video-platform", "analytics", "advertising", "fonts", "consent-management", "maps", "captcha",
        "chat-support", "forms", "payment", "collaboration", "isp", "network", "tag-manager", "javascript-cdn",
        "fediverse-instance", "security", "identity", "monitoring", "search", "newsletter", "saas",
    };

    /// <summary>Returns every problem found; an empty list means the knowledge base is valid.</summary>
    public static IReadOnlyList<string> Validate(ProviderKnowledge knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var problems = new List<string>(knowledge.Problems);
        problems.AddRange(knowledge.Conflicts);
        foreach (var p in knowledge.Providers)
        {
            var fileName = knowledge.FileNameOf(p);
            var where = fileName ?? $"{p.Id}.yaml";
            if (string.IsNullOrWhiteSpace(p.Id) || !IdPattern().IsMatch(p.Id))
            {
                problems.Add($"{where}: field 'id' must be lower-case letters, digits and dashes (found '{p.Id}')");
            }

            if (fileName is not null && fileName != p.Id + ".yaml")
            {
                problems.Add($"{fileName}: the file must be named after its id ('{p.Id}.yaml')");
            }

            if (string.IsNullOrWhiteSpace(p.Name))
            {
                problems.Add($"{where}: field 'name' is required");
            }

            CheckCountry(problems, where, "country", p.Country);
            foreach (var (entity, i) in p.Entities.Select((e, i) => (e, i)))
            {
                CheckCountry(problems, where, $"entities[{i}].country", entity.Country);
            }

            foreach (var (parent, i) in p.Parents.Select((e, i) => (e, i)))
            {
                CheckCountry(problems, where, $"parents[{i}].country", parent.Country);
                if (parent.Id is not null && knowledge.ById(parent.Id) is null)
                {
                    problems.Add($"{where}: parents[{i}].id '{parent.Id}' is not a provider id");
                }
            }

            if (p.Categories.Count == 0)
            {
                problems.Add($"{where}: field 'categories' needs at least one category");
            }

            foreach (var category in p.Categories.Where(c => !KnownCategories.Contains(c)))
            {
                problems.Add($"{where}: unknown category '{category}'");
            }

            if (p.Sources.Count == 0)
            {
                problems.Add($"{where}: at least one source is required");
            }

            foreach (var (source, i) in p.Sources.Select((s, i) => (s, i)))
            {
                if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
                {
                    problems.Add($"{where}: sources[{i}].url must be an http(s) URL (found '{source.Url}')");
                }
            }

            if (p.Identify.IsEmpty)
            {
                problems.Add($"{where}: at least one identification rule is required");
            }

            // A bulk-sending target outside the provider's own SPF suffixes would never be matched to it.
            foreach (var bulk in p.Identify.SpfBulk.Where(b => !p.Identify.Spf.Any(s => WebUrl.IsHostUnder(b, s))))
            {
                problems.Add($"{where}: identify.spf-bulk '{bulk}' is not under one of the provider's spf suffixes");
            }

            if (p.Reviewed == default)
            {
                problems.Add($"{where}: field 'reviewed' is required");
            }

            foreach (var pattern in p.Identify.Txt.Concat(p.Identify.Generator).Concat(p.Identify.Headers.Select(h => h.Pattern)))
            {
                try
                {
                    _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException ex)
                {
                    problems.Add($"{where}: invalid regular expression '{pattern}': {ex.Message}");
                }
            }

            CheckParentCycle(knowledge, p, problems);
        }

        return problems;
    }

    private static void CheckCountry(List<string> problems, string where, string field, string country)
    {
        if (!Countries.IsAssigned(country))
        {
            problems.Add($"{where}: field '{field}' must be an ISO 3166-1 alpha-2 code (found '{country}')");
        }
    }

    private static void CheckParentCycle(ProviderKnowledge knowledge, Provider start, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var current = start;
        while (current.Parents.Count > 0 && current.Parents[0].Id is { } parentId)
        {
            if (!seen.Add(parentId))
            {
                problems.Add($"{start.Id}.yaml: parent chain has a cycle through '{parentId}'");
                return;
            }

            current = knowledge.ById(parentId);
            if (current is null)
            {
                return;
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
