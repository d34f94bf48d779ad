using BenchmarkDotNet.Attributes;
using Sitrep.Places.Gazetteer;
using Sitrep.Places.Resolution;

namespace Sitrep.Benchmarks;

/// <summary>Toponyms resolved per second over the default gazetteer (one document of 24 toponyms per call).</summary>
[MemoryDiagnoser]
public class PlacesBenchmarks
{
    const string Text =
        "Fighting near Mosul and Erbil spread to Raqqa, Syria, while officials in Baghdad, Damascus and Ankara " +
        "met envoys from Paris, London and Washington. Aid reached Kirkuk, Tikrit, Fallujah, Ramadi and Basra; " +
        "later flights left Anaheim, California for Springfield, Illinois, Gainesville and Dublin.";

    static readonly string[] Names =
    [
        "Mosul", "Erbil", "Raqqa", "Syria", "Baghdad", "Damascus", "Ankara", "Paris", "London", "Washington", "Kirkuk", "Tikrit",
        "Fallujah", "Ramadi", "Basra", "Anaheim", "California", "Springfield", "Illinois", "Gainesville", "Dublin",
    ];

    ToponymResolver _resolver = null!;
    List<ToponymSpan> _spans = null!;

    [GlobalSetup]
    public void Setup()
    {
        var loaded = GazetteerStore.In(new AnalyzerOptions()).LoadOrBuild();
        _resolver = new ToponymResolver(new CandidateLookup(loaded.Gazetteer ?? throw new InvalidOperationException(loaded.Error)));
        _spans = [.. Names.Select(n => { int s = Text.IndexOf(n, StringComparison.Ordinal); return new ToponymSpan(s, s + n.Length); })];
    }

    /// <summary>Candidates come from the per-surface cache after the first call.</summary>
    [Benchmark]
    public int ResolveDocument() => _resolver.Resolve(Text, _spans).Length;

    /// <summary>A fresh cache each call: every surface form is normalised and looked up in the index.</summary>
    [Benchmark]
    public int ResolveDocumentColdCache() =>
        new ToponymResolver(new CandidateLookup(_resolver.Lookup.Gazetteer)).Resolve(Text, _spans).Length;
}
