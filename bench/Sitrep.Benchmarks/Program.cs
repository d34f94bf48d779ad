using BenchmarkDotNet.Running;
using Sitrep.Benchmarks;

// "throughput [--stages tokenizer|all] PATH…" measures whole-corpus speed; anything else goes to
// BenchmarkDotNet, which finds every benchmark class in this assembly.
if (args.Length > 0 && args[0] == "throughput")
    return Throughput.Run(args[1..]);
// "serve-load --db FILE" measures sitrep serve under load (latency percentiles, errors, memory).
if (args.Length > 0 && args[0] == "serve-load")
    return await ServeLoad.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Throughput).Assembly).Run(args);
return 0;
