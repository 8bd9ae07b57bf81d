using System.Text.Json;
using Pavillon.Collect.Rdap;
using Pavillon.Collect.Web;
using Pavillon.Evidence;

namespace Pavillon.Collect.Tenant;

/// <summary>
/// Asks Microsoft's public user-realm service whether a mail domain is verified by a Microsoft Entra tenant
/// (the directory behind Microsoft 365). The service answers "Managed" or "Federated" for a verified domain and
/// "Unknown" otherwise. The question names the domain to Microsoft, which is why <c>--no-tenant-probe</c> and
/// <c>--offline</c> switch it off.
/// </summary>
public sealed class MicrosoftRealmProbe(WebFetcher fetcher, ScanOptions options) : IDisposable
{
    // One service answers every look-up of a scan: the same politeness as towards an RDAP server.
    private readonly RdapServerGate _gate = new(options.TenantProbeConcurrency, options.TenantProbeMinimumInterval);

    /// <summary>The value of <see cref="TenantRealmFetch.Service"/> for this probe.</summary>
    public const string ServiceName = "microsoft-entra";

    /// <summary>The knowledge-base provider a verified realm names: the tenant is a Microsoft 365 directory.</summary>
    public const string TenantProviderId = "microsoft-365";

    /// <summary>The realm service's host; tests point it at loopback with --connect-to.</summary>
    public const string Host = "login.microsoftonline.com";

    /// <summary>The URL asked for <paramref name="domain"/>: a made-up mailbox of the domain, in JSON.</summary>
    public static Uri RealmUrl(string domain) =>
        new($"https://{Host}/getuserrealm.srf?login={Uri.EscapeDataString("postmaster@" + domain)}&json=1");

    /// <summary>Asks the realm service about <paramref name="domain"/>; failures are kept in the result.</summary>
    public async Task<TenantRealmFetch> ProbeAsync(string domain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var url = RealmUrl(domain);
        JsonDocument? document;
        string? error;
        using (await _gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            (document, error) = await fetcher.GetJsonAsync(url, cancellationToken).ConfigureAwait(false);
        }

        using (document)
        {
            var fetch = new TenantRealmFetch(ServiceName, domain, url.AbsoluteUri);
            return document is null ? fetch with { Error = error } : Read(fetch, document.RootElement);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();

    /// <summary>Reads NameSpaceType and CloudInstanceName from the service's JSON answer.</summary>
    internal static TenantRealmFetch Read(TenantRealmFetch fetch, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("NameSpaceType", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return fetch with { Error = $"{fetch.Url} has no NameSpaceType" };
        }

        var cloud = root.TryGetProperty("CloudInstanceName", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        return fetch with { NamespaceType = type.GetString(), CloudInstance = cloud };
    }
}
