using System.Text.Json;
using Pavillon.Accuracy.Replay;

namespace Pavillon.EndToEnd.Accuracy;

/// <summary>
/// The harness reads the sister data sets of mxmap-ch without edits: entries written in their shapes (literal
/// JSON below, made up for the test) give the same entries and signals.
/// </summary>
public sealed class MxmapReaderTests
{
    private const string Austrian = """
        {"generated":"2026-05-29T00:00:00Z","municipalities":{
          "99901":{"name":"A","federal_state":"Tirol","domain":"a.example","mx":["a-example.mail.protection.outlook.com"],"spf":"","provider":"microsoft","classification_confidence":97.0,
            "classification_signals":[{"kind":"asn","detail":"ASN 8075 matches ms365"},{"kind":"tenant","detail":"MS365 tenant detected: Federated"},
              {"kind":"smtp","detail":"SMTP banner matches ms365"},{"kind":"asn","detail":"ASN 8447 is Austrian ISP: A1 Telekom Austria"}]},
          "99902":{"name":"B","domain":"b.example","mx":["mx.gemdat.example"],"provider":"gemdat","gateway":"sophos"},
          "99903":{"name":"C","mx":[],"provider":"independent"},
          "99904":{"name":"D","domain":"d.example","spf":null,"provider":"independent","classification_signals":[{"kind":"txt_verification","detail":"TXT verification matches google"}]}
        }}
        """;

    private const string Danish = """
        {"municipalities":[{"bfs":"DK-1","domain":"k.example","mx":["k.in.gateway.example"],"spf":"v=spf1 -all","provider":"local-isp",
          "mx_asns":[16509],"autodiscover":{"autodiscover_cname":"autodiscover.outlook.com"},
          "dkim":{"selector1":"selector1-k-example._domainkey.k.onmicrosoft.com"},
          "txt_verifications":{"microsoft":"ms1","apple":"x"},"tenant":"Managed"}]}
        """;

    [Fact]
    public void Should_map_other_labels_onto_independent_and_keep_the_original()
    {
        var dataSet = Read(Austrian);
        var gemdat = dataSet.Entries.Single(e => e.Bfs == "99902");
        Assert.Equal(MailClass.Independent, gemdat.Label);
        Assert.Equal("gemdat", gemdat.OriginalLabel);
        Assert.Equal("sophos", gemdat.Gateway);
        Assert.Empty(gemdat.Signals);
        Assert.Equal(string.Empty, gemdat.Spf);
    }

    [Fact]
    public void Should_read_the_provider_of_a_signal_from_its_detail()
    {
        var signals = Read(Austrian).Entries.Single(e => e.Bfs == "99901").Signals;
        Assert.Equal([MailClass.Microsoft, MailClass.Microsoft, MailClass.Microsoft, "austrian-isp"], signals.Select(s => s.Provider));
        Assert.Equal(MailClass.Google, Read(Austrian).Entries.Single(e => e.Bfs == "99904").Signals.Single().Provider);
    }

    [Fact]
    public void Should_keep_the_labelling_tools_own_score_when_the_file_gives_one()
    {
        var entries = Read(Austrian).Entries;
        Assert.Equal(97.0, entries.Single(e => e.Bfs == "99901").LabelScore);
        Assert.Null(entries.Single(e => e.Bfs == "99902").LabelScore);
        Assert.Null(Read(Danish).Entries.Single().LabelScore);
    }

    [Fact]
    public void Should_leave_out_an_entry_without_domain_with_its_key_and_go_on()
    {
        var dataSet = Read(Austrian);
        Assert.Equal(3, dataSet.Entries.Count);
        var rejected = Assert.Single(dataSet.Rejected);
        Assert.Equal("99903", rejected.Key);
    }

    [Fact]
    public void Should_replay_tenant_signals_as_realm_types()
    {
        var realms = TenantReplay.Realms(Read(Austrian).Entries);
        Assert.Equal(TenantReplay.Federated, Assert.Single(realms).Value);
    }

    [Fact]
    public void Should_turn_recorded_fields_into_signals_when_a_file_has_none()
    {
        var entry = Assert.Single(Read(Danish).Entries);
        Assert.Equal("DK-1", entry.Bfs);
        Assert.Equal(MailClass.Independent, entry.Label);
        Assert.Equal(
            ["asn aws", "dkim microsoft", "autodiscover microsoft", "txt_verification microsoft", "tenant microsoft"],
            entry.Signals.Select(s => $"{s.Kind} {s.Provider}"));
        Assert.Equal([16509], ZoneReplay.StatedAsns(entry));
    }

    [Fact]
    public void Should_take_the_records_from_the_dns_cache_when_the_file_only_labels()
    {
        const string summary = """
            {"municipalities":{
              "FR-01":{"provider":"microsoft","name":"A","domain":"a.example","has_mx":true},
              "FR-02":{"provider":"independent","name":"B","domain":"b.example","has_mx":true},
              "FR-03":{"provider":"unknown","name":"C","domain":"","has_mx":false}}}
            """;
        const string cache = """
            {"a.example":{"mx":["a-example.mail.protection.outlook.com"],"spf":"v=spf1 include:spf.protection.outlook.com -all",
              "mx_asns":[8075],"autodiscover":{"autodiscover_cname":"autodiscover.outlook.com"},"tenant":"Managed"}}
            """;
        using var labels = JsonDocument.Parse(summary);
        using var records = JsonDocument.Parse(cache);

        var dataSet = MxmapReader.Read(labels.RootElement, "test", records.RootElement);

        var entry = Assert.Single(dataSet.Entries);
        Assert.Equal("FR-01", entry.Bfs);
        Assert.Equal(["a-example.mail.protection.outlook.com"], entry.Mx);
        Assert.Equal("v=spf1 include:spf.protection.outlook.com -all", entry.Spf);
        Assert.Equal(["asn microsoft", "autodiscover microsoft", "tenant microsoft"], entry.Signals.Select(s => $"{s.Kind} {s.Provider}"));
        Assert.Equal(["FR-02", "FR-03"], dataSet.Rejected.Select(r => r.Key));
        Assert.Contains("no records for b.example", dataSet.Rejected[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_answer_the_realm_question_in_the_service_shape()
    {
        using var known = JsonDocument.Parse(TenantRealmServer.Answer("postmaster@a.example", "a.example", TenantReplay.Managed));
        Assert.Equal("Managed", known.RootElement.GetProperty("NameSpaceType").GetString());
        Assert.Equal("a.example", known.RootElement.GetProperty("DomainName").GetString());
        using var unknown = JsonDocument.Parse(TenantRealmServer.Answer("postmaster@b.example", "b.example", null));
        Assert.Equal("Unknown", unknown.RootElement.GetProperty("NameSpaceType").GetString());
        Assert.False(unknown.RootElement.TryGetProperty("DomainName", out _));
        Assert.Equal("b.example", TenantRealmServer.DomainOf("postmaster@B.example"));
        Assert.Equal("b.example", TenantRealmServer.DomainOf("b.example"));
    }

    private static MxmapDataSet Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return MxmapReader.Read(document.RootElement, "test");
    }
}
