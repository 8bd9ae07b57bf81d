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

    public static IReadOnlyList<AuditEntry> Email(OrganisationResult result)
    {
        var email = result.Email;
        if (email.Providers.Count == 0)
        {
            return email.Mx.Count == 0 ? [] : [AuditEntry.Unknown];
        }

        return [.. email.Providers.Select(provider => new AuditEntry(provider, LocationOf(provider, email.Dependencies), provider.Id == SelfId))];
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
