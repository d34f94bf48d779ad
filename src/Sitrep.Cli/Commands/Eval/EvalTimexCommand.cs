using System.CommandLine;
using Sitrep.Time.Evaluation;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval timex</c>: TempEval-3 Task A scores against a folder of TimeML files.</summary>
public static class EvalTimexCommand
{
    public static readonly Option<string> Gold = EvalCommand.Gold();
    public static readonly Option<bool> Json = CommonOptions.Json();
    public static readonly Option<string> Part = new("--part")
    {
        Description = "all (with per-part scores), tune, or heldout (every fifth file by path)",
        DefaultValueFactory = _ => "all",
    };
    public static readonly Option<string?> Errors = new("--errors") { Description = "Write every miss, extra and wrong value to this file" };

    static EvalTimexCommand() => Part.AcceptOnlyFromAmong("all", "tune", "heldout");

    public static Command GetCommand()
    {
        var cmd = new Command("timex", "Time expressions against TimeML (TempEval-3: strict, relaxed, value F1, type accuracy)");
        foreach (var o in new Option[] { Gold, Json, Part, Errors }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var gold = p.GetValue(Gold)!;
            if (!EvalCommand.CheckGold(gold, "timex")) return ExitCodes.Fatal;
            var scores = Evaluate(gold, p.GetValue(Part)!, p.GetValue(Errors));
            EvalCommand.Print(scores, p.GetValue(Json));
            return scores["bad_files"] is 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
        });
        return cmd;
    }

    public static Dictionary<string, object?> Evaluate(string goldPath, string part = "all", string? errorsFile = null)
    {
        var split = part switch { "tune" => TimexSplit.Tune, "heldout" => TimexSplit.HeldOut, _ => TimexSplit.All };
        var run = TimexEvaluation.Run(goldPath, split, errorsFile is not null);
        foreach (var line in run.BadFiles) Console.Error.WriteLine($"sitrep eval timex: {line}");
        if (errorsFile is not null) File.WriteAllLines(errorsFile, run.Scores.Errors);
        var scores = run.Scores.Scores();
        scores["documents"] = run.Documents;
        scores["bad_files"] = run.BadFiles.Count;
        scores["tokens_per_second"] = run.Tokens / Math.Max(run.TimeStageSeconds, 1e-9);
        if (split == TimexSplit.All && Directory.Exists(goldPath))
        {
            foreach (var (name, s) in new[] { ("tune", TimexSplit.Tune), ("heldout", TimexSplit.HeldOut) })
            {
                var partScores = run.Parts[s].Scores();
                scores[name] = new Dictionary<string, object?>
                {
                    ["strict_f1"] = partScores["strict_f1"], ["relaxed_f1"] = partScores["relaxed_f1"],
                    ["value_f1"] = partScores["value_f1"], ["type_accuracy"] = partScores["type_accuracy"],
                    ["gold_timexes"] = partScores["gold_timexes"],
                };
            }
        }
        return scores;
    }
}
