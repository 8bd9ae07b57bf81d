using System.Text.Json;
using Pavillon.EndToEnd.Infrastructure;

namespace Pavillon.EndToEnd.Rdap;

/// <summary>The registrar, from an RDAP server on loopback named by --rdap-bootstrap.</summary>
public sealed class RdapTests(RdapWorld world) : IClassFixture<RdapWorld>
{
    [Fact]
    public async Task Should_attribute_the_registrar_by_its_iana_registrar_id()
    {
        using var scan = await ScanAsync(RdapWorld.Registered, offline: false);

        var organisation = Organisation(scan, RdapWorld.Registered);
        var registrar = Assert.Single(Dependencies(organisation, "registrar"));
        Assert.Equal("ovhcloud", registrar.GetProperty("provider").GetProperty("id").GetString());
        var evidence = Assert.Single(registrar.GetProperty("evidence").EnumerateArray());
        Assert.Equal("rdap", evidence.GetProperty("kind").GetString());
        Assert.Equal($"https://{RdapWorld.RdapHost}/domain/{RdapWorld.Registered}", evidence.GetProperty("subject").GetString());
        Assert.Equal("ok", organisation.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Should_record_a_domain_the_registry_does_not_know_as_data_and_leave_the_status_alone()
    {
        using var scan = await ScanAsync(RdapWorld.Unknown, offline: false);

        var organisation = Organisation(scan, RdapWorld.Unknown);
        Assert.Empty(Dependencies(organisation, "registrar"));
        Assert.Equal("ok", organisation.GetProperty("status").GetString());
        var rdap = EvidenceOf(scan, RdapWorld.Unknown).GetProperty("rdap");
        Assert.Equal(404, rdap.GetProperty("status").GetInt32());
        Assert.Contains("404", rdap.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_ask_rdap_when_offline()
    {
        using var scan = await ScanAsync(RdapWorld.Registered, offline: true);

        Assert.Empty(Dependencies(Organisation(scan, RdapWorld.Registered), "registrar"));
        var evidence = EvidenceOf(scan, RdapWorld.Registered);
        Assert.True(!evidence.TryGetProperty("rdap", out var rdap) || rdap.ValueKind == JsonValueKind.Null, $"no RDAP record expected offline, found {rdap}");
    }

    private async Task<JsonDocument> ScanAsync(string domain, bool offline)
    {
        var output = Path.Combine(world.Directory, $"{domain}-{(offline ? "offline" : "online")}.json");
        List<string> arguments = ["scan", $"https://www.{domain}/", "--format", "json", "--output", output, "--rdap-bootstrap", world.BootstrapPath, .. world.NetworkArguments()];
        if (offline)
        {
            arguments.Add("--offline");
        }

        var run = await PavillonRunner.RunAsync(arguments);
        Assert.True(run.ExitCode == 0, run.Describe());
        return JsonDocument.Parse(await File.ReadAllTextAsync(output));
    }

    private static JsonElement Organisation(JsonDocument scan, string domain) =>
        scan.RootElement.GetProperty("organisations").EnumerateArray().Single(o => o.GetProperty("website").GetString()!.Contains(domain, StringComparison.Ordinal));

    private static JsonElement EvidenceOf(JsonDocument scan, string domain) =>
        scan.RootElement.GetProperty("evidence").GetProperty("organisations").EnumerateArray()
            .Single(o => o.GetProperty("websiteHost").GetString()!.EndsWith(domain, StringComparison.Ordinal));

    private static List<JsonElement> Dependencies(JsonElement organisation, string service) =>
        organisation.GetProperty("dependencies").EnumerateArray().Where(d => d.GetProperty("service").GetString() == service).ToList();
}
