namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>
/// One organisation of the mini-internet: what the world holds about it (DNS records, web pages,
/// NodeInfo answers) and what a scan of it must conclude.
/// </summary>
public sealed record Scenario
{
    /// <summary>Short identifier, shown as the test case name; defaults to the file name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>What the scenario exercises, in one sentence.</summary>
    public string? Description { get; init; }

    /// <summary>"sourced" when the fixture mirrors published facts, "illustrative" when it was chosen as plausible.</summary>
    public string? Source { get; init; }

    public OrganisationSpec Organisation { get; init; } = new();

    /// <summary>Zone-file style lines: "NAME TYPE DATA". A NAME that is an IP address becomes its reverse (PTR) name.</summary>
    public List<string> Dns { get; init; } = [];

    public List<WebPageSpec> Web { get; init; } = [];

    public List<NodeInfoSpec> NodeInfo { get; init; } = [];

    /// <summary>What Microsoft's user-realm service answers for a mail domain; any other domain is "Unknown".</summary>
    public List<TenantRealmSpec> TenantRealms { get; init; } = [];

    /// <summary>Hosts whose web server must refuse connections (sent to a closed loopback port).</summary>
    public List<string> Unreachable { get; init; } = [];

    public Expectation Expect { get; init; } = new();
}
