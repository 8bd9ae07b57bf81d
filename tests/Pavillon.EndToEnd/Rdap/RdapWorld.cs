using Pavillon.EndToEnd.Infrastructure;

namespace Pavillon.EndToEnd.Rdap;

/// <summary>
/// Two French organisations and an RDAP server for .fr on loopback (Kestrel serving /domain/NAME), named by a
/// bootstrap file written for the test: one domain registered with OVH (IANA Registrar ID 433), one the registry
/// does not know (404).
/// </summary>
public sealed class RdapWorld : SmallWorld
{
    public const string RdapHost = "rdap.registre-test.example";

    public const string Registered = "registre-exemple.fr";

    public const string Unknown = "inconnu-exemple.fr";

    /// <summary>The bootstrap file pointing .fr at the loopback RDAP server.</summary>
    public string BootstrapPath => Path.Combine(Directory, "dns.json");

    protected override IEnumerable<string> Records =>
    [
        $"www.{Registered} A 213.186.33.5",
        $"{Registered} A 213.186.33.5",
        $"www.{Unknown} A 213.186.33.6",
        $"{Unknown} A 213.186.33.6",
    ];

    protected override IReadOnlyDictionary<string, WebPage> Pages => new Dictionary<string, WebPage>
    {
        [$"https://www.{Registered}/"] = Page("<!DOCTYPE html><html><head><title>Registre exemple</title></head><body><p>Accueil</p></body></html>"),
        [$"https://www.{Unknown}/"] = Page("<!DOCTYPE html><html><head><title>Inconnu</title></head><body><p>Accueil</p></body></html>"),
        [$"https://{RdapHost}/domain/{Registered}"] = Page(
            $$"""
            {"rdapConformance":["rdap_level_0"],"objectClassName":"domain","ldhName":"{{Registered}}",
             "entities":[{"objectClassName":"entity","handle":"433","roles":["registrar"],
               "publicIds":[{"type":"IANA Registrar ID","identifier":"433"}],
               "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","OVH"]]]}],
             "events":[{"eventAction":"registration","eventDate":"2004-05-12T10:00:00Z"}],
             "nameservers":[{"objectClassName":"nameserver","ldhName":"dns10.ovh.net"}]}
            """,
            "application/rdap+json"),
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await File.WriteAllTextAsync(BootstrapPath, $$"""
            {"description":"test bootstrap","publication":"2026-11-29T00:00:00Z","version":"1.0",
             "services":[[["fr"],["https://{{RdapHost}}/"]]]}
            """);
    }
}
