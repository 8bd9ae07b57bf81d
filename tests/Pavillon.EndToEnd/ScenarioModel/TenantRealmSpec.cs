namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>
/// Microsoft's user-realm answer for one mail domain: the web fixture serves it at
/// https://login.microsoftonline.com/getuserrealm.srf?login=postmaster%40DOMAIN&amp;json=1.
/// </summary>
public sealed record TenantRealmSpec
{
    public string Domain { get; init; } = string.Empty;

    /// <summary>NameSpaceType: Managed or Federated (a tenant verified the domain), Unknown (none did).</summary>
    public string NamespaceType { get; init; } = "Managed";
}
