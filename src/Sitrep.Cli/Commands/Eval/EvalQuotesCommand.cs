using System.CommandLine;
using Sitrep.Evaluation.Quotes;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval quotes</c>: source, cue and content spans against PolNeAR (brat layout).</summary>
internal static class EvalQuotesCommand
{
    public static readonly Option<string> Gold = EvalCommand.Gold();
    public static readonly Option<bool> Json = CommonOptions.Json();
    public static readonly Option<string> Split = new("--split")
    {
        Description = "Which part of the corpus: data/<split>/, or train-heldout / train-fit (the held-out tenth of train and the rest)",
        DefaultValueFactory = _ => "dev",
    };

    static EvalQuotesCommand() => Split.AcceptOnlyFromAmong("dev", "train", "test", "annotator-training", PolnearReader.HeldOut, PolnearReader.Fit);

    public static Command GetCommand()
    {
        var cmd = new Command("quotes", "Source, cue and content F1 (exact and overlap) against PolNeAR brat files");
        cmd.Options.Add(Gold);
        cmd.Options.Add(Split);
        cmd.Options.Add(Json);
        cmd.SetAction(p =>
        {
            var gold = p.GetValue(Gold)!;
            if (!EvalCommand.CheckGold(gold, "quotes")) return ExitCodes.Fatal;
            return EvalCommand.Report(QuoteEvaluation.Run(gold, p.GetValue(Split)!, CliSettings.Options()), "quotes", p.GetValue(Json));
        });
        return cmd;
    }
}
