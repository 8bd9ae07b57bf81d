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
    /// Low-confidence mailbox hints are not counted.
    /// </summary>
    public static string Classify(JsonElement organisation) => Decide(organisation, countHints: false).Class;

    /// <summary>
    /// The class of one organisation and the dependency that decided it. With <paramref name="countHints"/>, the
    /// low-confidence mailbox hints decide when no other inbound dependency maps to a named class and they all point
    /// to one class.
    /// </summary>
    public static ClassDecision Decide(JsonElement organisation, bool countHints)
    {
        var inbound = Dependencies(organisation, "email-inbound");
        var answers = inbound.Where(d => !IsMailboxHint(d)).ToList();
        foreach (var dependency in answers)
        {
            if (ProviderClasses.GetValueOrDefault(ProviderId(dependency)) is { } named)
            {
                return new ClassDecision(named, ProviderId(dependency), Confidence(dependency), ByHint: false);
            }
        }

        if (countHints)
        {
            // Hints that point to different classes (SPF authorising Infomaniak and Microsoft 365 behind one relay)
            // leave the mailbox open: none of them is Pavillon's answer.
            var hints = inbound.Where(IsMailboxHint).ToList();
            var hintClasses = hints.Select(h => ProviderClasses.GetValueOrDefault(ProviderId(h)) ?? MailClass.Independent).Distinct(StringComparer.Ordinal).ToList();
            if (hintClasses.Count == 1 && hintClasses[0] != MailClass.Independent)
            {
                var hint = hints[0];
                return new ClassDecision(hintClasses[0], ProviderId(hint), Confidence(hint), ByHint: true);
            }
        }

        var first = answers.Count > 0 ? answers[0] : (JsonElement?)null;
        return new ClassDecision(MailClass.Independent, first is { } f ? ProviderId(f) : null, first is { } g ? Confidence(g) : null, ByHint: false);
    }

    /// <summary>The class of a list of inbound provider ids, in Pavillon's order.</summary>
    public static string ClassOf(IEnumerable<string> inboundProviderIds) =>
        inboundProviderIds.Select(id => ProviderClasses.GetValueOrDefault(id)).FirstOrDefault(c => c is not null) ?? MailClass.Independent;

    /// <summary>Provider ids of the organisation's "email-inbound" dependencies, in order.</summary>
    public static IReadOnlyList<string> InboundProviders(JsonElement organisation) => Providers(organisation, "email-inbound");

    /// <summary>Provider ids of the organisation's "email-gateway" dependencies, in order.</summary>
    public static IReadOnlyList<string> Gateways(JsonElement organisation) => Providers(organisation, "email-gateway");

    /// <summary>A short account of Pavillon's e-mail answer: gateways, then mailbox providers ("proofpoint > microsoft-365"), then low-confidence hints.</summary>
    public static string Describe(JsonElement organisation)
    {
        var gateways = Gateways(organisation);
        var inbound = InboundProviders(organisation);
        var mailbox = inbound.Count == 0 ? "(none)" : string.Join(" + ", inbound);
        var hints = Dependencies(organisation, "email-inbound").Where(IsMailboxHint).Select(ProviderId).Distinct(StringComparer.Ordinal).ToList();
        var answer = gateways.Count == 0 ? mailbox : $"{string.Join(" + ", gateways)} > {mailbox}";
        return hints.Count == 0 ? answer : $"{answer} (low-confidence hint: {string.Join(" + ", hints)})";
    }

    /// <summary>
    /// A mailbox named with low confidence (SPF alone behind a relay) is a hint Pavillon keeps out of its e-mail
    /// summary; the comparison reads Pavillon's answer, not its hints.
    /// </summary>
    private static bool IsMailboxHint(JsonElement dependency) =>
        dependency.TryGetProperty("layer", out var layer) && layer.GetString() == "mailbox"
        && dependency.TryGetProperty("confidence", out var confidence) && confidence.GetString() == "low";

    private static List<string> Providers(JsonElement organisation, string service) =>
        Dependencies(organisation, service).Where(d => !IsMailboxHint(d)).Select(ProviderId).Distinct(StringComparer.Ordinal).ToList();

    private static List<JsonElement> Dependencies(JsonElement organisation, string service)
    {
        if (!organisation.TryGetProperty("email", out var email) || email.ValueKind != JsonValueKind.Object
            || !email.TryGetProperty("dependencies", out var dependencies) || dependencies.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return dependencies.EnumerateArray().Where(d => d.TryGetProperty("service", out var s) && s.GetString() == service).ToList();
    }

    private static string ProviderId(JsonElement dependency) =>
        dependency.TryGetProperty("provider", out var provider) && provider.ValueKind == JsonValueKind.Object
        && provider.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "unknown";

    private static string? Confidence(JsonElement dependency) =>
        dependency.TryGetProperty("confidence", out var confidence) && confidence.ValueKind == JsonValueKind.String ? confidence.GetString() : null;
}
