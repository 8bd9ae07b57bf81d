using Pavillon.Collect.Tenant;
using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Attribution.Kinds.Saas;

/// <summary>
/// The realm look-ups of a scan that say a tenant verified a mail domain, with the provider they name and the
/// evidence item that records them. Read by the SaaS attributor and by the mailbox search, which must agree.
/// </summary>
public static class TenantRealms
{
    /// <summary>Every verified realm of the organisation, one per mail domain asked.</summary>
    public static IEnumerable<(Provider Provider, string Domain, EvidenceItem Evidence)> Registered(AttributionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Knowledge.ById(MicrosoftRealmProbe.TenantProviderId) is not { } microsoft)
        {
            yield break;
        }

        foreach (var realm in context.Evidence.TenantRealms.Where(r => r.Service == MicrosoftRealmProbe.ServiceName && r.Registered))
        {
            yield return (microsoft, realm.Domain, new EvidenceItem(
                "tenant-realm", realm.Domain, $"GET {realm.Url}: NameSpaceType {realm.NamespaceType}", $"{microsoft.Id}: a Microsoft Entra tenant verified the domain"));
        }
    }
}
