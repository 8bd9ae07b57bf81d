using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Pavillon.Reporting;

namespace Pavillon.Tests.Reporting;

public sealed class OutputSchemaTests
{
    // Loaded once: the schema registers its $id globally, and a second registration is refused.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), "docs", "output.schema.json"))));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    [Fact]
    public void Should_accept_the_committed_json_snapshot()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Snapshot.Directory, "report.json")));

        var results = Schema.Value.Evaluate(document.RootElement, Options);

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void Should_accept_a_scan_without_evidence_or_ip_data()
    {
        var json = ScanDocument.ToJson(SampleScan.Create() with { Evidence = null, IpData = null });
        using var document = JsonDocument.Parse(json);

        var results = Schema.Value.Evaluate(document.RootElement, Options);

        Assert.True(results.IsValid, Describe(results));
    }

    [Theory]
    [InlineData("status", "lost")]
    [InlineData("website", null)]
    public void Should_reject_an_organisation_outside_the_contract(string field, string? value)
    {
        var node = JsonNode.Parse(ScanDocument.ToJson(SampleScan.Create()))!;
        node["organisations"]![0]![field] = value;
        using var document = JsonDocument.Parse(node.ToJsonString());

        var results = Schema.Value.Evaluate(document.RootElement, Options);

        Assert.False(results.IsValid);
    }

    [Fact]
    public void Should_reject_an_unknown_service_kind()
    {
        var node = JsonNode.Parse(ScanDocument.ToJson(SampleScan.Create()))!;
        node["organisations"]![0]!["dependencies"]![0]!["service"] = "hosting";
        using var document = JsonDocument.Parse(node.ToJsonString());

        var results = Schema.Value.Evaluate(document.RootElement, Options);

        Assert.False(results.IsValid);
    }

    private static string Describe(EvaluationResults results) =>
        string.Join(
            "\n",
            (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
                .Select(detail => $"{detail.InstanceLocation}: {string.Join("; ", detail.Errors!.Values)}"));
}
