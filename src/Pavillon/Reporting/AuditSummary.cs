using Pavillon.Model;

namespace Pavillon.Reporting;

/// <summary>
/// What the audit lines say about one organisation, shared by the Markdown report and the table so that
/// both name the same providers. An empty list means "none" (no MX, no social link).
/// </summary>
internal static class AuditSummary
{
    /// <summary>The provider id attribution gives to the organisation itself.</summary>
    public const string SelfId = "self";

    /// <summary>The provider id attribution gives when nothing is known.</summary>
    public const string UnknownId = "unknown";

    /// <summary>The layer of a mailbox found behind a gateway or relay.</summary>
    private const string MailboxLayer = "mailbox";

    public static AuditEntry Hosting(OrganisationResult result)
    {
        var hosting = result.Hosting;
        if (hosting.SelfHosted)
        {
            return new AuditEntry(hosting.Provider, LocationOf(hosting.Provider, hosting.Layers), SelfHosted: true);
        }

        if (hosting.Provider is { } provider)
        {
            return new AuditEntry(provider, LocationOf(provider, hosting.Layers), provider.Id == SelfId);
        }

        // No operator was named, but the network that answered is still worth showing ("AS64500 Example (🇩🇪, hors base)").
        var network = hosting.Layers.LastOrDefault(layer => layer.Provider.Id != UnknownId);
        return network is null ? AuditEntry.Unknown : new AuditEntry(network.Provider, network.Location, network.Provider.Id == SelfId);
    }

    /// <summary>
    /// The e-mail providers of the summary, then the mailbox providers that only a low-confidence hint names, marked
    /// as such: "inconnu, boîtes peut-être chez Infomaniak (🇨🇭, indice faible)" says more than "inconnu" without
    /// claiming more than the evidence.
    /// </summary>
    public static IReadOnlyList<AuditEntry> Email(OrganisationResult result)
    {
        var email = result.Email;
        if (email.Mx.Count == 0 && email.Providers.Count == 0)
        {
            return [];
        }

        List<AuditEntry> entries = email.Providers.Count == 0
            ? [AuditEntry.Unknown]
            : [.. email.Providers.Select(provider => new AuditEntry(provider, LocationOf(provider, email.Dependencies), provider.Id == SelfId))];
        var hints = email.Dependencies
            .Where(d => d.Service == ServiceKind.EmailInbound && d.Layer == MailboxLayer && d.Confidence == Confidence.Low
                && d.Provider.Id != UnknownId && email.Providers.All(p => p.Id != d.Provider.Id))
            .DistinctBy(d => d.Provider.Id, StringComparer.Ordinal)
            .Select(d => new AuditEntry(d.Provider, null, SelfHosted: false, Hint: true));
        entries.AddRange(hints);
        return entries;
    }

    /// <summary>Distinct networks, in the order the page shows them (a network linked twice is named once).</summary>
    public static IReadOnlyList<AuditEntry> Social(OrganisationResult result) =>
        [.. result.Social
            .DistinctBy(account => account.Network.Id, StringComparer.Ordinal)
            .Select(account => new AuditEntry(account.Network, null, false))];

    /// <summary>Dependencies grouped by service kind (contract order), keeping the attribution's order within a kind.</summary>
    public static IEnumerable<Dependency> OrderedDependencies(OrganisationResult result) =>
        result.Dependencies.OrderBy(dependency => dependency.Service);

    // The summary names a provider; where its servers are comes from the layer or MX it was found for.
    private static string? LocationOf(ProviderRef? provider, IReadOnlyList<Dependency> dependencies)
    {
        var own = provider is null
            ? null
            : dependencies.FirstOrDefault(dependency => dependency.Provider.Id == provider.Id && dependency.Location is not null);
        return own?.Location ?? dependencies.FirstOrDefault(dependency => dependency.Location is not null)?.Location;
    }
}
