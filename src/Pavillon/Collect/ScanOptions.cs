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

    /// <summary>The User-Agent sent with every HTTP request: names the tool and where to read about it.</summary>
    public string UserAgent { get; init; } = $"Pavillon/{ToolVersion.Current} (+https://github.com/pavillon-audit/pavillon)";
}
