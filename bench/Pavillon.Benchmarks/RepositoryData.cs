namespace Pavillon.Benchmarks;

/// <summary>Finds files of the repository's data/ folder from wherever BenchmarkDotNet runs the generated copy.</summary>
internal static class RepositoryData
{
    public static string Find(params string[] relative)
    {
        var tail = Path.Combine(["data", .. relative]);
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, tail);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"'{tail}' not found above '{AppContext.BaseDirectory}'.");
    }
}
