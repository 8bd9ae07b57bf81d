namespace Pavillon.Model;

/// <summary>
/// One observation behind an attribution, with the knowledge-base rule it matched.
/// Example: Kind "mx", Subject "exemple.fr", Observation "MX 10 exemple-fr.mail.protection.outlook.com",
/// Rule "microsoft: mx suffix mail.protection.outlook.com".
/// </summary>
/// <param name="Kind">dns, mx, cname, ns, ptr, asn, ip-location, http-header, html-link, html-resource, rendered-request, rdap, certificate, nodeinfo, spf, txt.</param>
/// <param name="Subject">The name, address or URL observed.</param>
/// <param name="Observation">What was seen, as raw as possible.</param>
/// <param name="Rule">The knowledge-base rule that turned the observation into the attribution; null for plain facts.</param>
public sealed record EvidenceItem(string Kind, string Subject, string Observation, string? Rule = null);
