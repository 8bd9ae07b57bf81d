using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Pavillon.Benchmarks;

/// <summary>
/// A short job run inside the host process: on a two-core machine busy with other builds, the separate
/// project BenchmarkDotNet would otherwise generate and compile can exceed its two-minute build timeout.
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("ShortInProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
