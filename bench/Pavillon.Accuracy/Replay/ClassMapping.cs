using System.Text.Json;

namespace Pavillon.Accuracy.Replay;

/// <summary>
/// Maps Pavillon's e-mail answer for one organisation onto the data set's classes (docs/accuracy.md, "Class mapping").
/// </summary>
public static class ClassMapping
{
    /// <summary>Knowledge-base provider ids that stand for a named class; every other provider is "independent".</summary>
    public static IReadOnlyDictionary<string, string> ProviderClasses { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["microsoft-365"] = MailClass.Microsoft,
        // An MX host answering from Microsoft's network (AS8075) without a Microsoft name: the same company.
        ["microsoft-azure"] = MailClass.Microsoft,
        ["google-workspace"] = MailClass.Google,
        ["google"] = MailClass.Google,
        ["google-cloud"] = MailClass.Google,
        ["amazon-ses"] = MailClass.Aws,
        ["amazon-web-services"] = MailClass.Aws,
        ["amazon-workmail"] = MailClass.Aws,
        ["infomaniak"] = MailClass.Infomaniak,
    };

    /// <summary>
    /// The class of one organisation of a Pavillon JSON scan: the class of the first "email-inbound" dependency
    /// (MX order, then the mailbox found behind a gateway) that maps to a named class, else "independent".
    /// </summary>
    public static string Classify(JsonElement organisation) => ClassOf(InboundProviders(organisation));

    /// <summary>The class of a list of inbound provider ids, in Pavillon's order.</summary>
    public static string ClassOf(IEnumerable<string> inboundProviderIds) =>
        inboundProviderIds.Select(id => ProviderClasses.GetValueOrDefault(id)).FirstOrDefault(c => c is not null) ?? MailClass.Independent;

    /// <summary>Provider ids of the organisation's "email-inbound" dependencies, in order.</summary>
    public static IReadOnlyList<string> InboundProviders(JsonElement organisation) => Providers(organisation, "email-inbound");

    /// <summary>Provider ids of the organisation's "email-gateway" dependencies, in order.</summary>
    public static IReadOnlyList<string> Gateways(JsonElement organisation) => Providers(organisation, "email-gateway");

    /// <summary>A short account of Pavillon's e-mail answer: gateways, then mailbox providers ("proofpoint > microsoft-365").</summary>
    public static string Describe(JsonElement organisation)
    {
        var gateways = Gateways(organisation);
        var inbound = InboundProviders(organisation);
        var mailbox = inbound.Count == 0 ? "(none)" : string.Join(" + ", inbound);
        return gateways.Count == 0 ? mailbox : $"{string.Join(" + ", gateways)} > {mailbox}";
    }

    /// <summary>
    /// A mailbox named with low confidence (SPF alone behind a relay) is a hint Pavillon keeps out of its e-mail
    /// summary; the comparison reads Pavillon's answer, not its hints.
    /// </summary>
    private static bool IsMailboxHint(JsonElement dependency) =>
        dependency.TryGetProperty("layer", out var layer) && layer.GetString() == "mailbox"
        && dependency.TryGetProperty("confidence", out var confidence) && confidence.GetString() == "low";

    private static List<string> Providers(JsonElement organisation, string service)
    {
        if (!organisation.TryGetProperty("email", out var email) || email.ValueKind != JsonValueKind.Object
            || !email.TryGetProperty("dependencies", out var dependencies) || dependencies.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return dependencies.EnumerateArray()
            .Where(d => d.TryGetProperty("service", out var s) && s.GetString() == service)
            .Where(d => !IsMailboxHint(d))
            .Select(d => d.GetProperty("provider").GetProperty("id").GetString() ?? "unknown")
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
