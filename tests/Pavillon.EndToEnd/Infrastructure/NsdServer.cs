using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using DnsClient;

namespace Pavillon.EndToEnd.Infrastructure;

/// <summary>
/// A real authoritative DNS server (Debian's NSD) on 127.0.0.1, serving the root zone "." that holds every
/// fixture name, plus one zone per name that carries NS records (an NS record inside the root zone would be a
/// delegation hiding everything below it). Runs in the foreground, killed on dispose.
/// </summary>
public sealed class NsdServer : IDisposable
{
    /// <summary>Where Debian installs NSD.</summary>
    public const string NsdPath = "/usr/sbin/nsd";

    private readonly Process _process;
    private readonly string _directory;

    private NsdServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    /// <summary>UDP and TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The --dns-server value for the CLI.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>Writes the configuration and zones into a new temporary folder, starts NSD and waits until it answers (at most 20 s).</summary>
    public static NsdServer Start(IEnumerable<DnsRecord> records)
    {
        if (!File.Exists(NsdPath))
        {
            throw new InvalidOperationException($"{NsdPath} is missing: apt-get install -y nsd");
        }

        var all = records.ToList();
        var directory = Directory.CreateTempSubdirectory("pavillon-nsd-").FullName;
        var zones = all.Where(r => r.Type == "NS").Select(r => r.Name).Append(string.Empty).Distinct().ToList();
        var zoneFiles = new Dictionary<string, List<DnsRecord>>(StringComparer.Ordinal);
        foreach (var zone in zones)
        {
            zoneFiles[zone] = [];
        }

        foreach (var record in all)
        {
            // The most specific zone holding the name owns the record.
            var owner = zones.Where(record.IsAtOrBelow).MaxBy(z => z.Length)!;
            zoneFiles[owner].Add(record);
        }

        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.TcpAndUdp();
            WriteConfiguration(directory, port, zoneFiles);
            var process = Launch(directory);
            if (WaitUntilAnswering(process, port, TimeSpan.FromSeconds(20)))
            {
                return new NsdServer(process, directory, port);
            }

            Kill(process);
            if (attempt == 3)
            {
                var log = Path.Combine(directory, "nsd.log");
                throw new InvalidOperationException($"NSD did not answer on port {port}: {(File.Exists(log) ? File.ReadAllText(log) : "no log")}");
            }
        }
    }

    public void Dispose()
    {
        Kill(_process);
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static void WriteConfiguration(string directory, int port, Dictionary<string, List<DnsRecord>> zoneFiles)
    {
        var conf = new StringBuilder();
        conf.AppendLine("server:");
        conf.AppendLine(CultureInfo.InvariantCulture, $"  ip-address: 127.0.0.1@{port}");
        conf.AppendLine(CultureInfo.InvariantCulture, $"  port: {port}");
        conf.AppendLine("  do-ip6: no");
        conf.AppendLine("  username: \"\"");
        conf.AppendLine("  chroot: \"\"");
        conf.AppendLine("  database: \"\"");
        conf.AppendLine("  server-count: 1");
        conf.AppendLine("  verbosity: 1");
        // Without this, NSD answers at most 200 responses per second per /24 and a batch measures the limiter.
        conf.AppendLine("  rrl-ratelimit: 0");
        conf.AppendLine(CultureInfo.InvariantCulture, $"  zonesdir: \"{directory}\"");
        conf.AppendLine(CultureInfo.InvariantCulture, $"  zonelistfile: \"{directory}/zone.list\"");
        conf.AppendLine(CultureInfo.InvariantCulture, $"  xfrdfile: \"{directory}/xfrd.state\"");
        conf.AppendLine(CultureInfo.InvariantCulture, $"  xfrdir: \"{directory}\"");
        conf.AppendLine(CultureInfo.InvariantCulture, $"  pidfile: \"{directory}/nsd.pid\"");
        conf.AppendLine(CultureInfo.InvariantCulture, $"  logfile: \"{directory}/nsd.log\"");
        conf.AppendLine("remote-control:");
        conf.AppendLine("  control-enable: no");

        var index = 0;
        foreach (var (zone, records) in zoneFiles)
        {
            var file = $"zone{index++}.zone";
            File.WriteAllText(Path.Combine(directory, file), ZoneText(zone, records));
            conf.AppendLine("zone:");
            conf.AppendLine(CultureInfo.InvariantCulture, $"  name: \"{(zone.Length == 0 ? "." : zone)}\"");
            conf.AppendLine(CultureInfo.InvariantCulture, $"  zonefile: \"{file}\"");
        }

        File.WriteAllText(Path.Combine(directory, "nsd.conf"), conf.ToString());
    }

    private static string ZoneText(string zone, List<DnsRecord> records)
    {
        var apex = zone.Length == 0 ? "." : zone + ".";
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{apex}\t300\tIN\tSOA\tns.mini-internet.test. hostmaster.mini-internet.test. 1 3600 600 86400 60");
        if (!records.Any(r => r.Type == "NS" && r.Name == zone))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{apex}\t300\tIN\tNS\tns.mini-internet.test.");
        }

        foreach (var record in records)
        {
            text.AppendLine(record.ToZoneLine());
        }

        return text.ToString();
    }

    private static Process Launch(string directory)
    {
        var start = new ProcessStartInfo(NsdPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-d");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Path.Combine(directory, "nsd.conf"));
        var process = Process.Start(start) ?? throw new InvalidOperationException("nsd did not start.");
        // Drain the pipes so that NSD never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static bool WaitUntilAnswering(Process process, int port, TimeSpan limit)
    {
        var client = new LookupClient(new LookupClientOptions(new NameServer(IPAddress.Loopback, port))
        {
            UseCache = false,
            Retries = 0,
            Timeout = TimeSpan.FromMilliseconds(300),
            ThrowDnsErrors = false,
        });
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit && !process.HasExited)
        {
            try
            {
                var answer = client.Query(".", QueryType.SOA);
                if (!answer.HasError && answer.Answers.Count > 0)
                {
                    return true;
                }
            }
            catch (DnsResponseException)
            {
                // Not listening yet.
            }

            Thread.Sleep(100);
        }

        return false;
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
