using System.CommandLine;
using Sitrep.Evaluation.Time;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval timex</c>: TempEval-3 Task A scores against a folder of TimeML files.</summary>
internal static class EvalTimexCommand
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
            var split = p.GetValue(Part) switch { "tune" => TimexSplit.Tune, "heldout" => TimexSplit.HeldOut, _ => TimexSplit.All };
            var (scores, badFiles) = TimexEvaluation.Report(gold, split, CliSettings.Options(), p.GetValue(Errors));
            foreach (var line in badFiles) Console.Error.WriteLine($"sitrep eval timex: {line}");
            EvalCommand.Print(scores, p.GetValue(Json));
            return scores["bad_files"] is 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
        });
        return cmd;
    }
}
