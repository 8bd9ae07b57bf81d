using System.Globalization;
using System.Text;
using System.Text.Json;
using Pavillon.Evidence;
using Pavillon.Model;
using Pavillon.Reporting.Json;

namespace Pavillon.Reporting;

/// <summary>
/// The JSON output document (contract: docs/json-schema.md, docs/output.schema.json): writes a
/// <see cref="ScanResult"/> with its evidence, and reads one back for <c>pavillon report --from</c>.
/// </summary>
public static class ScanDocument
{
    /// <summary>The highest <c>schemaVersion</c> this version reads and the one it writes.</summary>
    public const int CurrentSchemaVersion = 1;

    // Reading is stricter than the shared options: a null where the contract has a value, or a missing
    // required field, must fail with its path rather than produce a half-empty result.
    private static readonly JsonSerializerOptions ReadOptions = new(PavillonJson.Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    // Enumerated values as the contract spells them, to list the allowed ones when a value is not.
    private static readonly (Type Type, string Values)[] EnumValues =
    [
        Values<OrganisationStatus>(),
        Values<ServiceKind>(),
        Values<Confidence>(),
        Values<DnsStatus>(),
        Values<Assessment.Rating>(),
    ];

    /// <summary>The document as indented JSON (UTF-16 string), ending with a line feed.</summary>
    public static string ToJson(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(JsonMapping.ToDocument(result), PavillonJson.Options) + "\n";
    }

    /// <summary>
    /// Writes the document as indented UTF-8 JSON without a byte order mark, ending with a line feed; the stream is
    /// left open. The document is serialised straight into the stream: a scan of thousands of organisations
    /// never exists a second time as one string.
    /// </summary>
    public static void Write(ScanResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        JsonSerializer.Serialize(output, JsonMapping.ToDocument(result), PavillonJson.Options);
        output.WriteByte((byte)'\n');
    }

    /// <summary>Reads a document written by <see cref="Write"/> (or any document following the contract).</summary>
    /// <returns>The stored evidence (null when the document has none) and the result as it was reported.</returns>
    /// <exception cref="ScanDocumentException">The JSON is malformed, a field is missing or mistyped, or the schema version is unsupported; the message names the JSON path and line.</exception>
    public static (EvidenceBundle? Evidence, ScanResult Result) Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        JsonScanDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<JsonScanDocument>(input, ReadOptions);
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? zeroBased + 1 : (long?)null;
            throw new ScanDocumentException(Explain(exception.Message), exception.Path ?? "$", line, exception);
        }

        if (document is null)
        {
            throw new ScanDocumentException("the document is null, expected an object", "$", 1);
        }

        if (document.SchemaVersion is < 1 or > CurrentSchemaVersion)
        {
            throw new ScanDocumentException(
                string.Create(CultureInfo.InvariantCulture, $"unsupported schemaVersion {document.SchemaVersion}; this version of Pavillon reads versions 1 to {CurrentSchemaVersion}"),
                "$.schemaVersion",
                null);
        }

        var result = JsonMapping.FromDocument(document);
        return (result.Evidence, result);
    }

    /// <summary>Reads a document from a string; see <see cref="Read(Stream)"/>.</summary>
    public static (EvidenceBundle? Evidence, ScanResult Result) Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Read(stream);
    }

    // The serializer's messages name .NET types; say the same in the document's terms.
    private static string Explain(string message)
    {
        const string missing = "missing required properties including: ";
        var index = message.IndexOf(missing, StringComparison.Ordinal);
        if (index >= 0)
        {
            var fields = message[(index + missing.Length)..];
            var end = fields.IndexOf(". ", StringComparison.Ordinal);
            return "missing required field " + (end >= 0 ? fields[..end] : fields.TrimEnd('.'));
        }

        if (message.Contains("doesn't allow setting null values", StringComparison.Ordinal))
        {
            return "null is not allowed here";
        }

        foreach (var (type, values) in EnumValues)
        {
            if (message.Contains("could not be converted to " + type.FullName, StringComparison.Ordinal))
            {
                return "expected one of " + values;
            }
        }

        // System.Text.Json appends "Path: $.x | LineNumber: n | BytePositionInLine: m." which we report ourselves.
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static (Type Type, string Values) Values<TEnum>()
        where TEnum : struct, Enum =>
        (typeof(TEnum), string.Join(", ", Enum.GetNames<TEnum>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName)));
}
