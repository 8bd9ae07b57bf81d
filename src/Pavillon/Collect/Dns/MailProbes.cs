using DnsClient;
using Pavillon.Evidence;

namespace Pavillon.Collect.Dns;

/// <summary>
/// The DNS-only questions that reveal a mailbox provider or a tenant without touching its servers: DKIM
/// selectors (TXT, whose answer carries any CNAME), client set-up names (autodiscover, device enrolment,
/// Teams/Skype discovery) asked as CNAME, and the SIP SRV record.
/// </summary>
public static class MailProbes
{
    /// <summary>Names below the mail domain asked as CNAME: the target names the service that answers them.</summary>
    public static IReadOnlyList<string> CnameLabels { get; } =
        ["autodiscover", "enterpriseenrollment", "enterpriseregistration", "lyncdiscover", "sip"];

    /// <summary>Names below the mail domain asked as SRV.</summary>
    public static IReadOnlyList<string> SrvLabels { get; } = ["_sip._tls"];

    /// <summary>Asks every probe name of <paramref name="domain"/> at once and returns the lookups.</summary>
    public static async Task<IReadOnlyList<DnsLookup>> ProbeAsync(DnsResolver dns, string domain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dns);
        var questions = DkimSelector.Known.Select(s => (Name: s.NameFor(domain), Type: QueryType.TXT))
            .Concat(CnameLabels.Select(l => (Name: $"{l}.{domain}", Type: QueryType.CNAME)))
            .Concat(SrvLabels.Select(l => (Name: $"{l}.{domain}", Type: QueryType.SRV)));
        return await Task.WhenAll(questions.Select(q => dns.QueryAsync(q.Name, q.Type, cancellationToken))).ConfigureAwait(false);
    }
}
