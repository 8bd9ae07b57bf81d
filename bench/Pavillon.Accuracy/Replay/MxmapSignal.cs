using System.Text.Json.Serialization;

namespace Pavillon.Accuracy.Replay;

/// <summary>One signal the labelling tool weighed for a domain (data set field <c>classification_signals</c>).</summary>
public sealed record MxmapSignal
{
    /// <summary>Signal kind: mx, spf, asn, dkim, autodiscover, txt_verification, tenant, spf_ip, dmarc.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; init; } = string.Empty;

    /// <summary>The provider the signal points to (microsoft, google, aws, infomaniak, swiss-isp...).</summary>
    [JsonPropertyName("provider")]
    public string Provider { get; init; } = string.Empty;

    /// <summary>Free text stating what was observed, for example "ASN 8075 matches ms365".</summary>
    [JsonPropertyName("detail")]
    public string Detail { get; init; } = string.Empty;
}
