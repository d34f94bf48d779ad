using System.CommandLine;
using Sitrep.Evaluation.Places;
using Sitrep.Places.Resolution;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval geo</c>: toponym resolution (<c>--gold-spans</c>) or recognition plus resolution against LGL / GeoWebNews / GeoVirus / TR-News XML.</summary>
internal static class EvalGeoCommand
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
            var result = GeoEvaluation.Run(gold, p.GetValue(GoldSpans), CliSettings.Options(), p.GetValue(Part), p.GetValue(Misses) ? Console.Error : null, weights);
            return EvalCommand.Report(result, "geo", p.GetValue(Json));
        });
        return cmd;
    }
}
