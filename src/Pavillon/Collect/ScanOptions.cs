using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace Pavillon.Collect;

/// <summary>Immutable settings of the collect stage (built by the CLI from its options).</summary>
public sealed record ScanOptions
{
    /// <summary>DNS servers to ask; empty means the system's resolvers.</summary>
    public IReadOnlyList<IPEndPoint> DnsServers { get; init; } = [];

    /// <summary>curl-style connection overrides applied to every outbound TCP connection.</summary>
    public IReadOnlyList<ConnectTo> ConnectTo { get; init; } = [];

    /// <summary>Extra CA certificates trusted for TLS (tests, inspecting proxies).</summary>
    public X509Certificate2Collection ExtraTrustedCertificates { get; init; } = [];

    /// <summary>How many organisations are audited at once (default 8).</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Timeout of one DNS query or one HTTP request (default 10 seconds).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>DNS retries after a timeout (default 2).</summary>
    public int DnsRetries { get; init; } = 2;

    /// <summary>Largest home-page body read, in bytes (default 5 MiB); the rest is cut.</summary>
    public int MaxBodyBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Most redirects followed (default 10).</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>When true, nothing but the DNS servers and the organisations' own web servers is contacted (no live IP data fallbacks).</summary>
    public bool Offline { get; init; }

    /// <summary>When true, the registry's RDAP record is not asked for (implied by <see cref="Offline"/>).</summary>
    public bool NoRdap { get; init; }

    /// <summary>
    /// When true, Microsoft's user-realm service is not asked whether a tenant verified the mail domains (implied
    /// by <see cref="Offline"/>). The question names the audited domain to Microsoft.
    /// </summary>
    public bool NoTenantProbe { get; init; }

    /// <summary>Most realm look-ups in flight at once (default 4): one public service answers them all.</summary>
    public int TenantProbeConcurrency { get; init; } = 4;

    /// <summary>Least time between the starts of two realm look-ups (default 50 ms, at most 20 a second).</summary>
    public TimeSpan TenantProbeMinimumInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    // RDAP and the --render deep mode.

    /// <summary>The RDAP bootstrap file (IANA dns.json format); null means the shipped data/rdap/dns.json.</summary>
    public string? RdapBootstrapPath { get; init; }

    /// <summary>Most RDAP requests in flight to one RDAP server (default 2): registries throttle bulk clients.</summary>
    public int RdapConcurrencyPerServer { get; init; } = 2;

    /// <summary>Least time between the starts of two requests to one RDAP server (default 250 ms).</summary>
    public TimeSpan RdapMinimumInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>When true, the home page is also loaded in headless Chromium and every request it makes is recorded (default false).</summary>
    public bool Render { get; init; }

    /// <summary>The Chromium executable used by --render (default Debian's /usr/bin/chromium); never downloaded.</summary>
    public string ChromiumPath { get; init; } = "/usr/bin/chromium";

    /// <summary>Time budget of one rendered page, from navigation to network idle (default 20 seconds).</summary>
    public TimeSpan RenderBudget { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Most pages rendered at once (default 2): each is a browser tab with its own memory.</summary>
    public int RenderConcurrency { get; init; } = 2;

    /// <summary>The User-Agent sent with every HTTP request: names the tool and where to read about it.</summary>
    public string UserAgent { get; init; } = $"Pavillon/{ToolVersion.Current} (+https://github.com/pavillon-audit/pavillon)";
}
