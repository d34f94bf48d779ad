using System.CommandLine;
using Sitrep.Documents;
using Sitrep.Places.Evaluation;
using Sitrep.Places.Gazetteer;
using Sitrep.Places.Resolution;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval geo</c>: toponym resolution (<c>--gold-spans</c>) or recognition plus resolution against LGL / GeoWebNews / GeoVirus / TR-News XML.</summary>
public static class EvalGeoCommand
{
    public static readonly Option<string> Gold = EvalCommand.Gold();
    public static readonly Option<bool> Json = CommonOptions.Json();
    public static readonly Option<bool> GoldSpans = new("--gold-spans") { Description = "Resolve the gold toponym spans only (no recognition)" };
    public static readonly Option<GeoPart> Part = new("--part")
    {
        Description = "Documents to score: all, tune (even positions, used for tuning) or test (odd positions, held apart)",
        DefaultValueFactory = _ => GeoPart.All,
    };

    public static readonly Option<bool> Misses = new("--misses") { Description = "With --gold-spans: list toponyms resolved more than 161 km off, on stderr" };

    public static readonly Option<string?> Weights = new("--weights") { Description = "With --gold-spans: resolver weights from a JSON file (for tuning)" };

    public static Command GetCommand()
    {
        var cmd = new Command("geo", "Toponym resolution: acc161, mean_km, median_km, auc, resolved (+ precision, recall, f1 end to end)");
        foreach (var o in new Option[] { Gold, GoldSpans, Part, Misses, Weights, Json }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var gold = p.GetValue(Gold)!;
            if (!EvalCommand.CheckGold(gold, "geo")) return ExitCodes.Fatal;
            ResolverWeights? weights = null;
            if (p.GetValue(Weights) is { } file)
            {
                try { weights = System.Text.Json.JsonSerializer.Deserialize<ResolverWeights>(File.ReadAllText(file)); }
                catch (Exception e) when (e is IOException or System.Text.Json.JsonException) { Console.Error.WriteLine($"sitrep eval geo: {file}: {e.Message}"); return ExitCodes.Fatal; }
            }
            var result = Evaluate(gold, p.GetValue(GoldSpans), p.GetValue(Part), p.GetValue(Misses) ? Console.Error : null, weights);
            if (result.Error is { } error)
            {
                Console.Error.WriteLine($"sitrep eval geo: {error}");
                return ExitCodes.Fatal;
            }
            EvalCommand.Print(result.Scores!, p.GetValue(Json));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public sealed record GeoEvalResult(Dictionary<string, object?>? Scores, string? Error);

    public static GeoEvalResult Evaluate(string goldPath, bool goldSpans, GeoPart part = GeoPart.All, TextWriter? misses = null, ResolverWeights? weights = null)
    {
        var gold = GeoGold.Read(goldPath);
        if (gold.Error is { } error) return new(null, error);
        var docs = GeoEvaluator.Select(gold.Documents, part).ToList();
        var context = new StageContext(CliSettings.Options());
        if (goldSpans)
        {
            var loaded = GazetteerStore.For(context);
            if (loaded.Gazetteer is not { } gazetteer) return new(null, loaded.Error);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var scores = GeoEvaluator.GoldSpans(docs, new ToponymResolver(new CandidateLookup(gazetteer), weights), misses);
            scores["toponyms_per_second"] = Convert.ToInt32(scores["toponyms"]) / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
            return new(scores, null);
        }
        var pipeline = StageCatalog.Build(context);
        if (!pipeline.Stages.Any(s => s.Name == "places"))
            return new(null, GazetteerStore.For(context).Error ?? "the places stage is not available");
        return new(GeoEvaluator.EndToEnd(docs, text =>
        {
            var doc = new Doc(text);
            pipeline.Process(doc);
            return doc.Places;
        }), null);
    }
}
