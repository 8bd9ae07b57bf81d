using System.Globalization;
using System.Text;

namespace Pavillon.Coverage;

/// <summary>Renders the measures as Markdown, the form docs/knowledge-base.md quotes.</summary>
internal static class CoverageReport
{
    public static string Render(string knowledgeVersion, int providerCount, string ipDataDate, MxCoverage? mx, IReadOnlyList<AsnCoverage> asns, int gapRows)
    {
        var b = new StringBuilder();
        Line(b, $"# Knowledge-base coverage");
        Line(b);
        Line(b, $"Knowledge base {knowledgeVersion} ({providerCount} providers), IP data {ipDataDate}.");
        Line(b);
        Line(b, $"## Summary");
        Line(b);
        Line(b, $"| measure | covered |");
        Line(b, $"|---|---|");
        if (mx is not null)
        {
            var withMx = mx.Municipalities - mx.WithoutMx;
            Line(b, $"| mxmap-ch MX host uses named by an MX suffix | {Share(mx.HostUsesKnown, mx.HostUses)} |");
            Line(b, $"| mxmap-ch distinct MX hosts named | {Share(mx.DistinctHostsKnown, mx.DistinctHosts)} |");
            Line(b, $"| mxmap-ch municipalities with every MX host named | {Share(mx.AllKnown, withMx)} |");
            Line(b, $"| mxmap-ch municipalities with at least one MX host named | {Share(mx.AllKnown + mx.SomeKnown, withMx)} |");
        }

        foreach (var a in asns)
        {
            Line(b, $"| {a.Label}, by count | {Share(a.Known, a.Count)} |");
            Line(b, $"| {a.Label}, weighted by IPv4 addresses | {Millions(a.KnownAddresses)} / {Millions(a.Addresses)} million ({Percent(a.KnownAddresses, a.Addresses)}) |");
        }

        if (mx is not null)
        {
            RenderMx(b, mx, gapRows);
        }

        foreach (var a in asns)
        {
            RenderAsn(b, a, gapRows);
        }

        return b.ToString();
    }

    private static void RenderMx(StringBuilder b, MxCoverage mx, int gapRows)
    {
        var withMx = mx.Municipalities - mx.WithoutMx;
        Line(b);
        Line(b, $"## MX hosts of the mxmap-ch municipalities");
        Line(b);
        Line(b, $"{mx.Municipalities} municipalities, {withMx} with at least one MX host ({mx.WithoutMx} without).");
        Line(b);
        Line(b, $"| municipalities whose MX hosts are | count | share |");
        Line(b, $"|---|---:|---:|");
        Line(b, $"| all named | {mx.AllKnown} | {Percent(mx.AllKnown, withMx)} |");
        Line(b, $"| some named | {mx.SomeKnown} | {Percent(mx.SomeKnown, withMx)} |");
        Line(b, $"| none named | {mx.NoneKnown} | {Percent(mx.NoneKnown, withMx)} |");
        Line(b, $"| none named, all in the municipality's own domain | {mx.NoneKnownOwnDomain} | {Percent(mx.NoneKnownOwnDomain, withMx)} |");
        Line(b);
        Line(b, $"Hosts: {Share(mx.HostUsesKnown, mx.HostUses)} of host uses (a host counted once per municipality), {Share(mx.DistinctHostsKnown, mx.DistinctHosts)} of distinct host names.");
        Line(b);
        Line(b, $"Providers named (municipalities with at least one MX host of theirs):");
        Line(b);
        Line(b, $"| provider | jurisdiction | municipalities |");
        Line(b, $"|---|---|---:|");
        foreach (var p in mx.Providers.Take(gapRows))
        {
            Line(b, $"| {p.Name} (`{p.Id}`) | {p.Jurisdiction} | {p.Count} |");
        }

        var foreign = mx.Gaps.Where(g => !g.OwnDomain).ToList();
        Line(b);
        Line(b, $"Largest unnamed MX domains outside the municipalities' own domains ({foreign.Count} in all; {mx.Gaps.Count - foreign.Count} more are each municipality's own domain, attributed by address at scan time):");
        Line(b);
        Line(b, $"| MX domain | municipalities | hosts | example |");
        Line(b, $"|---|---:|---:|---|");
        foreach (var g in foreign.Take(gapRows))
        {
            Line(b, $"| {g.Domain} | {g.Municipalities} | {g.Hosts} | {g.Example} |");
        }
    }

    private static void RenderAsn(StringBuilder b, AsnCoverage a, int gapRows)
    {
        Line(b);
        Line(b, $"## {a.Label}");
        Line(b);
        Line(b, $"{Share(a.Known, a.Count)} of the ASNs map to a provider; weighted by IPv4 addresses, {Percent(a.KnownAddresses, a.Addresses)} ({Millions(a.KnownAddresses)} of {Millions(a.Addresses)} million addresses), through {a.Providers.Count} providers.");
        Line(b);
        Line(b, $"Largest unmapped ASNs ({a.Gaps.Count} in all):");
        Line(b);
        Line(b, $"| rank | ASN | holder | country | IPv4 addresses |");
        Line(b, $"|---:|---|---|---|---:|");
        foreach (var g in a.Gaps.Take(gapRows))
        {
            Line(b, $"| {g.Rank} | AS{g.Asn} | {(g.Holder ?? "").Replace("|", "/", StringComparison.Ordinal)} | {g.Country} | {g.Ipv4Addresses:N0} |");
        }
    }

    private static string Share(long part, long whole) =>
        string.Create(CultureInfo.InvariantCulture, $"{part} / {whole} ({Percent(part, whole)})");

    private static string Percent(long part, long whole) =>
        whole == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:F1} %");

    private static string Millions(long addresses) =>
        string.Create(CultureInfo.InvariantCulture, $"{addresses / 1e6:F1}");

    private static void Line(StringBuilder b, FormattableString? text = null) =>
        b.Append(text is null ? "" : text.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
