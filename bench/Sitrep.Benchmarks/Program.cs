using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Sitrep.Benchmarks.LanguageBenchmarks).Assembly).Run(args);
