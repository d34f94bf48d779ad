using Sitrep.Entities.Actors;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Support;

/// <summary>One analyzer (and its shared resources) for the whole test run: loading models once keeps the suite fast.</summary>
static class TestAnalyzer
{
    static readonly Lazy<Analyzer> Loaded = new(() => Analyzer.Load());
    static readonly StageContext Context = new(new AnalyzerOptions());

    public static Analyzer Full => Loaded.Value;
    public static ActorLexicon Lexicon => ActorLexicon.For(Context);
    public static Sitrep.Places.Gazetteer.GazetteerLoadResult Gazetteer => Sitrep.Places.Gazetteer.GazetteerStore.For(Context);
}
