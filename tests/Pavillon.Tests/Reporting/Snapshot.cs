using System.Text;

namespace Pavillon.Tests.Reporting;

/// <summary>
/// Compares rendered output with a committed expected file in Reporting/Snapshots of the source tree.
/// On a mismatch the output is written beside it as NAME.received.EXT and the test fails with that path;
/// set PAVILLON_ACCEPT_SNAPSHOTS=1 to overwrite the expected files instead (then review the diff).
/// </summary>
internal static class Snapshot
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "tests", "Pavillon.Tests", "Reporting", "Snapshots");

    public static void Verify(string received, string fileName)
    {
        var expectedPath = Path.Combine(Directory, fileName);
        var receivedPath = Path.Combine(Directory, Path.GetFileNameWithoutExtension(fileName) + ".received" + Path.GetExtension(fileName));
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        if (Environment.GetEnvironmentVariable("PAVILLON_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(expectedPath, received, utf8);
            File.Delete(receivedPath);
            return;
        }

        if (File.Exists(expectedPath) && File.ReadAllText(expectedPath, utf8) == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, utf8);
        Assert.Fail(File.Exists(expectedPath)
            ? $"Output differs from {expectedPath}; received output written to {receivedPath}"
            : $"No expected file {expectedPath}; received output written to {receivedPath}");
    }

    /// <summary>The checkout's root (where Pavillon.slnx is), found from the test binaries' folder.</summary>
    public static string RepositoryRoot()
    {
        // Compile-time source paths are remapped in CI builds, so walk up from the binaries instead.
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pavillon.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Pavillon.slnx not found above {AppContext.BaseDirectory}");
    }
}
