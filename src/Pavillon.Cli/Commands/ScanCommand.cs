using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Pavillon.Attribution;
using Pavillon.Collect;
using Pavillon.Domains;
using Pavillon.Evidence;
using Pavillon.Input;
using Pavillon.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pavillon.Cli.Commands;

/// <summary><c>pavillon scan</c>: collect, attribute and report.</summary>
public sealed class ScanCommand : AsyncCommand<ScanSettings>
{
    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, ScanSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var console = Consoles.Error;
        var organisations = new List<Organisation>();
        var home = settings.Home.ToUpperInvariant();
        if (!Countries.IsAssigned(home))
        {
            console.MarkupLineInterpolated($"[red]error:[/] --home '{settings.Home}' is not an ISO 3166-1 alpha-2 code");
            return (int)ExitCode.BadInput;
        }

        foreach (var target in settings.Targets)
        {
            var website = Website.Parse(target, out var error);
            if (website is null)
            {
                console.MarkupLineInterpolated($"[yellow]warning:[/] target '{target}': {error}");
            }

            var name = website is null ? target : HostName.ToUnicode(website.Host) ?? website.Host;
            organisations.Add(new Organisation(name, target, string.Empty, [], home) { Source = "command line" });
        }

        if (settings.Input is not null)
        {
            if (!File.Exists(settings.Input))
            {
                console.MarkupLineInterpolated($"[red]error:[/] --input: no file {settings.Input}");
                return (int)ExitCode.BadInput;
            }

            var list = OrganisationListReader.Read(settings.Input, home);
            foreach (var problem in list.Problems)
            {
                console.MarkupLineInterpolated($"[yellow]warning:[/] {problem.ToString()}");
            }

            organisations.AddRange(list.Organisations);
        }

        if (organisations.Count == 0)
        {
            console.MarkupLine("[red]error:[/] no organisation to audit");
            return (int)ExitCode.BadInput;
        }

        X509Certificate2Collection extraRoots = [];
        if (settings.CaCert is not null)
        {
            try
            {
                extraRoots.ImportFromPemFile(settings.CaCert);
            }
            catch (CryptographicException ex)
            {
                console.MarkupLineInterpolated($"[red]error:[/] --ca-cert {settings.CaCert}: {ex.Message}");
                return (int)ExitCode.BadInput;
            }
        }

        var knowledge = DataPaths.LoadKnowledge();
        foreach (var problem in knowledge.Problems.Concat(knowledge.Conflicts))
        {
            console.MarkupLineInterpolated($"[yellow]knowledge base:[/] {problem}");
        }

        var (ipData, ipProblem) = DataPaths.TryLoadIpData();
        if (ipProblem is not null)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {ipProblem}; networks will be unknown");
        }

        var options = new ScanOptions
        {
            DnsServers = settings.DnsServers.Select(s => ScanSettings.ParseDnsServer(s, out _)!).ToList(),
            ConnectTo = settings.ConnectTo.Select(r => ConnectTo.Parse(r, out _)!).ToList(),
            ExtraTrustedCertificates = extraRoots,
            Concurrency = settings.Concurrency,
            Timeout = TimeSpan.FromSeconds(settings.Timeout),
            Offline = settings.Offline,
            NoRdap = settings.NoRdap,
            NoTenantProbe = settings.NoTenantProbe,
            TenantProbeMinimumInterval = TimeSpan.FromMilliseconds(settings.TenantProbeInterval),
            RdapBootstrapPath = settings.RdapBootstrap,
            Render = settings.Render,
            ChromiumPath = settings.Chromium,
            RenderBudget = TimeSpan.FromSeconds(settings.RenderBudget),
        };

        var suffixes = DataPaths.LoadSuffixes();
        EvidenceBundle bundle;
        using (var collector = new Collector(options, ipData, suffixes))
        {
            bundle = await CollectWithProgressAsync(collector, organisations, settings, cancellationToken).ConfigureAwait(false);
        }

        var result = AssessmentStage.Run(new Attributor(knowledge, suffixes).Attribute(bundle), settings, knowledge);
        if (result is null)
        {
            return (int)ExitCode.BadInput;
        }

        await ReportWriter.WriteAsync(result, settings, cancellationToken).ConfigureAwait(false);
        return (int)ExitCode.Done;
    }

    private static async Task<EvidenceBundle> CollectWithProgressAsync(Collector collector, List<Organisation> organisations, ScanSettings settings, CancellationToken cancellationToken)
    {
        if (settings.NoProgress || Console.IsErrorRedirected)
        {
            return await collector.CollectAsync(organisations, null, cancellationToken).ConfigureAwait(false);
        }

        EvidenceBundle? bundle = null;
        await Consoles.Error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progressContext =>
            {
                var description = settings.Language == "en"
                    ? $"Auditing {organisations.Count} organisation(s)"
                    : $"Audit de {organisations.Count} organisation(s)";
                var task = progressContext.AddTask(description, maxValue: organisations.Count);
                var progress = new Progress<OrganisationEvidence>(_ => task.Increment(1));
                bundle = await collector.CollectAsync(organisations, progress, cancellationToken).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return bundle!;
    }
}
