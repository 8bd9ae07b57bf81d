using System.Diagnostics;
using System.Globalization;
using Pavillon.EndToEnd.Infrastructure;
using Pavillon.ScanBench;

// Scan rate and peak memory of the real `pavillon scan` against the mini-internet (NSD + Kestrel on loopback).
// Usage: Pavillon.ScanBench [--organisations N] [--concurrency C]... [--out DIRECTORY]
// Run it through bench/scan-bench.sh, which builds first and enters a loopback-only network namespace.
var organisations = 1000;
var concurrencies = new List<int>();
var output = Path.Combine(Path.GetTempPath(), "pavillon-scanbench");
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--organisations":
            organisations = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--concurrency":
            concurrencies.Add(int.Parse(args[++i], CultureInfo.InvariantCulture));
            break;
        case "--out":
            output = args[++i];
            break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}");
            return 2;
    }
}

if (concurrencies.Count == 0)
{
    concurrencies.AddRange([8, 32]);
}

Directory.CreateDirectory(output);
var population = Population.Generate(organisations);
var listPath = Path.Combine(output, "organisations.csv");
await File.WriteAllLinesAsync(listPath, population.CsvLines);
using var authority = new TestCertificateAuthority(Path.Combine(output, "ca.pem"));
foreach (var host in population.Pages.Keys.Select(u => new Uri(u).IdnHost).Distinct())
{
    authority.LeafFor(host);
}

using var nsd = NsdServer.Start(population.Records);
await using var web = await WebServer.StartAsync(population.Pages, authority);
var cli = Path.Combine(AppContext.BaseDirectory, "pavillon.dll");
Console.WriteLine($"{organisations} organisations, {population.Records.Count} DNS records, {population.Pages.Count} pages; NSD {nsd.Endpoint}, HTTPS {web.HttpsPort}");
Console.WriteLine();
Console.WriteLine("| concurrency | wall time (s) | organisations/s | peak memory (MiB) | status ok |");
Console.WriteLine("|---:|---:|---:|---:|---:|");
foreach (var concurrency in concurrencies)
{
    var json = Path.Combine(output, $"scan-c{concurrency}.json");
    var timing = Path.Combine(output, $"time-c{concurrency}.txt");
    var start = new ProcessStartInfo("/usr/bin/time")
    {
        RedirectStandardError = true,
        RedirectStandardOutput = true,
        UseShellExecute = false,
    };
    foreach (var argument in new[]
    {
        "-f", "%e %M", "-o", timing, "dotnet", cli, "scan", "--input", listPath, "--format", "json", "--output", json,
        "--dns-server", nsd.Endpoint, "--connect-to", $":443:127.0.0.1:{web.HttpsPort}", "--connect-to", $":80:127.0.0.1:{web.HttpPort}",
        "--ca-cert", authority.PemPath, "--offline", "--timeout", "5", "--no-progress",
        "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture),
    })
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var stderr = process.StandardError.ReadToEndAsync();
    await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        Console.Error.WriteLine($"pavillon exited with {process.ExitCode}: {await stderr}");
        return 1;
    }

    var measured = (await File.ReadAllTextAsync(timing)).Trim().Split(' ');
    var seconds = double.Parse(measured[0], CultureInfo.InvariantCulture);
    var peakKiB = double.Parse(measured[1], CultureInfo.InvariantCulture);
    var ok = (await File.ReadAllTextAsync(json)).Split("\"status\": \"ok\"").Length - 1;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {concurrency} | {seconds:F1} | {organisations / seconds:F1} | {peakKiB / 1024:F0} | {ok} |"));
}

return 0;
