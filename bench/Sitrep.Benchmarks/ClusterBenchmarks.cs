using BenchmarkDotNet.Attributes;
using Sitrep.Language.Clusters;
using Sitrep.Pipeline;

namespace Sitrep.Benchmarks;

/// <summary>Loading models/clusters/model.bin, and looking up words (exact, lowercase fallback, unknown).</summary>
[MemoryDiagnoser]
public class ClusterBenchmarks
{
    static readonly string ModelPath = WordClusters.DefaultPath(DefaultLocations.Models);
    static readonly string[] Words = ["the", "said", "January", "REUTERS", "Beijing", "unemployment", "Xyzzyq", "3.5", "police", "PRESIDENT"];
    readonly WordClusters _clusters = WordClusters.Load(ModelPath);

    [Benchmark]
    public int Load() => WordClusters.Load(ModelPath).Words;

    [Benchmark(OperationsPerInvoke = 10)]
    public int PathOf()
    {
        int bits = 0;
        foreach (var w in Words) bits += _clusters.PathOf(w)?.Length ?? 0;
        return bits;
    }
}
