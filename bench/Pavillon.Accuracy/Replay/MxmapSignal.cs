namespace Pavillon.Accuracy.Replay;

/// <summary>One signal the labelling tool weighed for a domain (data set field <c>classification_signals</c>).</summary>
/// <param name="Kind">Signal kind: mx, spf, asn, dkim, autodiscover, txt_verification, tenant, spf_ip, dmarc, smtp.</param>
/// <param name="Provider">The provider the signal points to (microsoft, google, aws, infomaniak, swiss-isp, a1...); empty when unknown.</param>
/// <param name="Detail">Free text stating what was observed, for example "ASN 8075 matches ms365".</param>
public sealed record MxmapSignal(string Kind, string Provider, string Detail);
