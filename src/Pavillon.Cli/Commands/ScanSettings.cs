using System.ComponentModel;
using System.Globalization;
using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pavillon.Cli.Commands;

/// <summary>Options of <c>pavillon scan</c>.</summary>
public sealed class ScanSettings : OutputSettings
{
    [CommandArgument(0, "[TARGET]")]
    [Description("Domains or URLs to audit.")]
    public string[] Targets { get; init; } = [];

    [CommandOption("-i|--input <FILE>")]
    [Description("Organisation list: CSV with header name,website,group (optional mail_domains, home_country), YAML, or one domain per line.")]
    public string? Input { get; init; }

    [CommandOption("--dns-server <SERVER>")]
    [Description("Ask only this DNS server, HOST or HOST:PORT with HOST an IP address (repeatable). Default: the system's resolvers.")]
    public string[] DnsServers { get; init; } = [];

    [CommandOption("--connect-to <RULE>")]
    [Description("HOST1:PORT1:HOST2:PORT2, as curl: connections for HOST1:PORT1 go to HOST2:PORT2; an empty HOST1 or PORT1 matches any (repeatable).")]
    public string[] ConnectTo { get; init; } = [];

    [CommandOption("--ca-cert <FILE>")]
    [Description("Also trust the CA certificate(s) in this PEM file.")]
    public string? CaCert { get; init; }

    [CommandOption("--concurrency <N>")]
    [Description("Organisations audited at once (default 8).")]
    [DefaultValue(8)]
    public int Concurrency { get; init; } = 8;

    [CommandOption("--timeout <SECONDS>")]
    [Description("Timeout of one DNS query or HTTP request, in seconds (default 10).")]
    [DefaultValue(10.0)]
    public double Timeout { get; init; } = 10;

    [CommandOption("--offline")]
    [Description("Use only the shipped IP data: no live lookups besides DNS and the organisations' web servers (implies --no-rdap and --no-tenant-probe).")]
    public bool Offline { get; init; }

    [CommandOption("--no-rdap")]
    [Description("Do not ask the registries' RDAP servers for the registrar of each domain.")]
    public bool NoRdap { get; init; }

    [CommandOption("--no-tenant-probe")]
    [Description("Do not ask Microsoft's public user-realm service whether a Microsoft 365 tenant verified each mail domain (the question names the domain to Microsoft).")]
    public bool NoTenantProbe { get; init; }

    [CommandOption("--tenant-probe-interval <MILLISECONDS>")]
    [Description("Least time between two questions to the user-realm service, in milliseconds (default 50).")]
    [DefaultValue(50)]
    public int TenantProbeInterval { get; init; } = 50;

    [CommandOption("--rdap-bootstrap <FILE>")]
    [Description("RDAP bootstrap file in IANA's dns.json format (default: the copy shipped in data/rdap/dns.json).")]
    public string? RdapBootstrap { get; init; }

    [CommandOption("--render")]
    [Description("Also load each home page in headless Chromium (/usr/bin/chromium) and record every request it makes before any consent.")]
    public bool Render { get; init; }

    [CommandOption("--chromium <FILE>")]
    [Description("The Chromium executable used by --render (default /usr/bin/chromium); no browser is ever downloaded.")]
    [DefaultValue("/usr/bin/chromium")]
    public string Chromium { get; init; } = "/usr/bin/chromium";

    [CommandOption("--render-budget <SECONDS>")]
    [Description("Time budget of one rendered page, in seconds (default 20).")]
    [DefaultValue(20.0)]
    public double RenderBudget { get; init; } = 20;

    [CommandOption("--home <COUNTRY>")]
    [Description("Home country of organisations that do not state one (ISO 3166-1 alpha-2, default FR).")]
    [DefaultValue("FR")]
    public string Home { get; init; } = "FR";

    [CommandOption("--no-progress")]
    [Description("Do not show the progress bar.")]
    public bool NoProgress { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }

        if (Targets.Length == 0 && Input is null)
        {
            return ValidationResult.Error("give at least one TARGET or --input FILE");
        }

        if (Concurrency is < 1 or > 1024)
        {
            return ValidationResult.Error("--concurrency must be between 1 and 1024");
        }

        if (Timeout is <= 0 or > 600)
        {
            return ValidationResult.Error("--timeout must be between 0 and 600 seconds");
        }

        foreach (var server in DnsServers)
        {
            if (ParseDnsServer(server, out var error) is null)
            {
                return ValidationResult.Error(error!);
            }
        }

        foreach (var rule in ConnectTo)
        {
            if (Collect.ConnectTo.Parse(rule, out var error) is null)
            {
                return ValidationResult.Error(error!);
            }
        }

        if (CaCert is not null && !File.Exists(CaCert))
        {
            return ValidationResult.Error($"--ca-cert: no file {CaCert}");
        }

        if (RdapBootstrap is not null && !File.Exists(RdapBootstrap))
        {
            return ValidationResult.Error($"--rdap-bootstrap: no file {RdapBootstrap}");
        }

        if (RenderBudget is <= 0 or > 600)
        {
            return ValidationResult.Error("--render-budget must be between 0 and 600 seconds");
        }

        if (TenantProbeInterval is < 0 or > 60_000)
        {
            return ValidationResult.Error("--tenant-probe-interval must be between 0 and 60000 milliseconds");
        }

        return ValidationResult.Success();
    }

    /// <summary>Parses HOST[:PORT] (IPv6 as [ADDR]:PORT or a bare address); port 53 by default.</summary>
    public static IPEndPoint? ParseDnsServer(string text, out string? error)
    {
        error = null;
        if (IPAddress.TryParse(text, out var bare))
        {
            return new IPEndPoint(bare, 53);
        }

        if (IPEndPoint.TryParse(text, out var endPoint))
        {
            if (endPoint.Port == 0)
            {
                endPoint.Port = 53;
            }

            return endPoint;
        }

        error = string.Create(CultureInfo.InvariantCulture, $"--dns-server '{text}' must be an IP address with an optional port, such as 127.0.0.1:5353 or [::1]:53");
        return null;
    }
}
