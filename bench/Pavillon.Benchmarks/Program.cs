using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Pavillon.Benchmarks.IpDataBenchmarks).Assembly).Run(args);
