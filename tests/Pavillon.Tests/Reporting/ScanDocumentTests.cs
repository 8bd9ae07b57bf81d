using System.Text.Json;
using System.Text.Json.Nodes;
using Pavillon.Reporting;

namespace Pavillon.Tests.Reporting;

public sealed class ScanDocumentTests
{
    // Records compare lists by reference, so equality is checked on the full serialised model instead:
    // every property of every record, independent of the output contract's own writer.
    private static string Model(object value) => JsonSerializer.Serialize(value, PavillonJson.Options);

    public sealed class TheReadMethod
    {
        [Fact]
        public void Should_give_back_the_written_result()
        {
            var original = SampleScan.Create();
            using var stream = new MemoryStream();
            ScanDocument.Write(original, stream);
            stream.Position = 0;

            var (evidence, result) = ScanDocument.Read(stream);

            Assert.Equal(Model(original), Model(result));
            Assert.NotNull(evidence);
            Assert.Equal(Model(original.Evidence!), Model(evidence));
        }

        [Fact]
        public void Should_return_no_evidence_when_the_document_has_none()
        {
            var original = SampleScan.Create() with { Evidence = null };

            var (evidence, result) = ScanDocument.Read(ScanDocument.ToJson(original));

            Assert.Null(evidence);
            Assert.Equal(Model(original), Model(result));
        }

        [Fact]
        public void Should_name_the_path_of_a_value_of_the_wrong_kind()
        {
            var json = Edit(document => document["organisations"]![1]!["status"] = "lost");

            var error = Assert.Throws<ScanDocumentException>(() => ScanDocument.Read(json));

            Assert.Equal("$.organisations[1].status", error.JsonPath);
            Assert.NotNull(error.LineNumber);
            Assert.Contains("$.organisations[1].status", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_reject_a_null_where_the_contract_has_a_value()
        {
            var json = Edit(document => document["organisations"]![0]!["hosting"]!["layers"]![0]!["provider"]!["name"] = null);

            var error = Assert.Throws<ScanDocumentException>(() => ScanDocument.Read(json));

            Assert.StartsWith("$.organisations[0].hosting.layers[0].provider", error.JsonPath, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_reject_a_missing_required_field()
        {
            var json = Edit(document => document["organisations"]![2]!.AsObject().Remove("email"));

            var error = Assert.Throws<ScanDocumentException>(() => ScanDocument.Read(json));

            Assert.StartsWith("$.organisations[2]", error.JsonPath, StringComparison.Ordinal);
            Assert.Contains("email", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_reject_a_newer_schema_version()
        {
            var json = Edit(document => document["schemaVersion"] = 2);

            var error = Assert.Throws<ScanDocumentException>(() => ScanDocument.Read(json));

            Assert.Equal("$.schemaVersion", error.JsonPath);
        }

        [Fact]
        public void Should_report_the_line_of_broken_json()
        {
            var error = Assert.Throws<ScanDocumentException>(() => ScanDocument.Read("{\n  \"schemaVersion\": 1,\n  \"tool\": {\n"));

            Assert.NotNull(error.LineNumber);
            Assert.True(error.LineNumber >= 3, error.Message);
        }

        [Fact]
        public void Should_accept_fields_it_does_not_know()
        {
            var json = Edit(document => document["organisations"]![0]!["verdict"] = "added by a later version");

            var (_, result) = ScanDocument.Read(json);

            Assert.Equal(4, result.Organisations.Count);
        }

        private static string Edit(Action<JsonNode> change)
        {
            var document = JsonNode.Parse(ScanDocument.ToJson(SampleScan.Create()))!;
            change(document);
            return document.ToJsonString(PavillonJson.Options);
        }
    }

    public sealed class TheToJsonMethod
    {
        [Fact]
        public void Should_flatten_the_organisation_beside_its_results()
        {
            var organisation = JsonNode.Parse(ScanDocument.ToJson(SampleScan.Create()))!["organisations"]![0]!.AsObject();

            Assert.Equal("Mairie d'Exemple", (string?)organisation["name"]);
            Assert.Equal("https://www.exemple.fr", (string?)organisation["website"]);
            Assert.Equal("Mairies", (string?)organisation["group"]);
            Assert.False(organisation.ContainsKey("organisation"));
        }

        [Fact]
        public void Should_write_unknown_contract_values_as_explicit_nulls()
        {
            var document = JsonNode.Parse(ScanDocument.ToJson(SampleScan.Create()))!;
            var unreachable = document["organisations"]![1]!;
            var dnsDependency = document["organisations"]![0]!["dependencies"]![2]!.AsObject();

            Assert.True(unreachable["hosting"]!.AsObject().ContainsKey("provider"));
            Assert.Null(unreachable["hosting"]!["provider"]);
            Assert.True(dnsDependency.ContainsKey("location"));
            Assert.Null(dnsDependency["location"]);
        }

        [Fact]
        public void Should_use_the_contract_names_of_service_kinds_and_statuses()
        {
            var document = JsonNode.Parse(ScanDocument.ToJson(SampleScan.Create()))!;

            Assert.Equal("web-hosting", (string?)document["organisations"]![0]!["dependencies"]![0]!["service"]);
            Assert.Equal("email-inbound", (string?)document["organisations"]![0]!["email"]!["dependencies"]![0]!["service"]);
            Assert.Equal("unreachable", (string?)document["organisations"]![1]!["status"]);
            Assert.Equal("high", (string?)document["organisations"]![0]!["dependencies"]![0]!["confidence"]);
        }
    }
}
