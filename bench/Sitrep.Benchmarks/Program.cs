BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Sitrep.Benchmarks.TimeBenchmarks).Assembly).Run(args);
