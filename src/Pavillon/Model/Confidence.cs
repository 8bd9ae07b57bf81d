namespace Pavillon.Model;

/// <summary>How strongly the evidence supports an attribution. JSON values: high, medium, low.</summary>
public enum Confidence
{
    /// <summary>An identifier owned by the provider matched (its ASN, its MX or CNAME domain).</summary>
    High,

    /// <summary>An indirect signal matched (a PTR name, an HTTP header, an SPF include).</summary>
    Medium,

    /// <summary>Only fallback data is available (the AS holder from IP data, not in the knowledge base).</summary>
    Low,
}
