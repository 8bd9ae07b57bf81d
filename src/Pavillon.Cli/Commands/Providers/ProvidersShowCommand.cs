using System.Globalization;
using Pavillon.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pavillon.Cli.Commands.Providers;

/// <summary><c>pavillon providers show ID</c>: every fact of one provider, with its sources.</summary>
public sealed class ProvidersShowCommand : Command<ProvidersShowSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ProvidersShowSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var knowledge = DataPaths.LoadKnowledge();
        var p = knowledge.ById(settings.Id);
        if (p is null)
        {
            Consoles.Error.MarkupLineInterpolated($"[red]error:[/] no provider '{settings.Id}' (see 'pavillon providers list')");
            return (int)ExitCode.BadInput;
        }

        var console = AnsiConsole.Console;
        console.MarkupLineInterpolated($"[bold]{p.Name}[/] ({p.Id}) {Countries.Flag(p.Country)} {p.Country}, jurisdiction {Countries.Flag(p.Jurisdiction)} {p.Jurisdiction}");
        console.MarkupLineInterpolated($"categories: {string.Join(", ", p.Categories)}");
        foreach (var e in p.Entities)
        {
            console.MarkupLineInterpolated($"entity: {e.Name} ({e.Country}){(e.Registration is null ? string.Empty : ", " + e.Registration)}");
        }

        var chain = string.Join(" -> ", new[] { p.Name }.Concat(p.Parents.Select(x => $"{x.Name} ({x.Country}){(x.Control is null ? string.Empty : " [" + x.Control + "]")}")));
        console.MarkupLineInterpolated($"parent chain: {chain}");
        var rules = p.Identify;
        void Rule(string name, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0)
            {
                console.MarkupLineInterpolated($"  {name}: {string.Join(", ", list)}");
            }
        }

        console.MarkupLine("identification:");
        Rule("asns", rules.Asns.Select(a => "AS" + a.ToString(CultureInfo.InvariantCulture)));
        Rule("mx", rules.Mx);
        Rule("ns", rules.Ns);
        Rule("cname", rules.Cname);
        Rule("ptr", rules.Ptr);
        Rule("spf", rules.Spf);
        Rule("resource-hosts", rules.ResourceHosts);
        Rule("social-hosts", rules.SocialHosts);
        Rule("txt", rules.Txt);
        Rule("headers", rules.Headers.Select(h => $"{h.Name} ~ /{h.Pattern}/"));
        Rule("generator", rules.Generator);
        Rule("fediverse", rules.Fediverse);
        Rule("certificate-issuers", rules.CertificateIssuers);
        Rule("iana-registrar-ids", rules.IanaRegistrarIds.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        if (p.Alternatives.Count > 0)
        {
            console.MarkupLineInterpolated($"alternatives: {string.Join(", ", p.Alternatives)}");
        }

        if (p.Notes is not null)
        {
            console.MarkupLineInterpolated($"notes: {p.Notes}");
        }

        console.MarkupLine("sources:");
        foreach (var s in p.Sources)
        {
            console.MarkupLineInterpolated($"  {s.Title} <{s.Url}> (checked {s.Checked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
        }

        console.MarkupLineInterpolated($"reviewed: {p.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        return (int)ExitCode.Done;
    }
}
