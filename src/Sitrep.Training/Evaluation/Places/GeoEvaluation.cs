using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Places.Gazetteer;
using Sitrep.Places.Resolution;

namespace Sitrep.Evaluation.Places;

/// <summary><c>sitrep eval geo</c>: toponym resolution of the gold spans, or recognition plus resolution end to end.</summary>
internal static class GeoEvaluation
{
    public static EvaluationResult Run(string goldPath, bool goldSpans, AnalyzerOptions options, GeoPart part = GeoPart.All,
        TextWriter? misses = null, ResolverWeights? weights = null)
    {
        var gold = GeoGold.Read(goldPath);
        if (gold.Error is { } error) return EvaluationResult.Fail(error);
        var docs = GeoEvaluator.Select(gold.Documents, part).ToList();
        var context = new StageContext(options);
        if (goldSpans)
        {
            var loaded = GazetteerStore.For(context);
            if (loaded.Gazetteer is not { } gazetteer) return EvaluationResult.Fail(loaded.Error ?? "no gazetteer");
            var clock = Stopwatch.StartNew();
            var scores = GeoEvaluator.GoldSpans(docs, new ToponymResolver(new CandidateLookup(gazetteer), weights), misses);
            scores["toponyms_per_second"] = Convert.ToInt32(scores["toponyms"]) / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
            return EvaluationResult.Ok(scores);
        }
        var pipeline = StageCatalog.Build(context);
        if (!pipeline.Stages.Any(s => s.Name == "places"))
            return EvaluationResult.Fail(GazetteerStore.For(context).Error ?? "the places stage is not available");
        return EvaluationResult.Ok(GeoEvaluator.EndToEnd(docs, text =>
        {
            var doc = new Doc(text);
            pipeline.Process(doc);
            return doc.Places;
        }));
    }
}
