using System.CommandLine;
using Sitrep.Pipeline;
using Sitrep.Quotes.Evaluation;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval quotes</c>: source, cue and content spans against PolNeAR (brat layout).</summary>
public static class EvalQuotesCommand
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
            var result = Evaluate(gold, p.GetValue(Split)!);
            if (result.Error is not null)
            {
                Console.Error.WriteLine($"sitrep eval quotes: {result.Error}");
                return ExitCodes.Fatal;
            }
            EvalCommand.Print(result.Scores!, p.GetValue(Json));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public sealed record Result(Dictionary<string, object?>? Scores, string? Error);

    public static Result Evaluate(string goldPath, string split)
    {
        var read = PolnearReader.Read(goldPath, split);
        if (!read.Success) return new Result(null, read.Error);
        var scores = QuoteEvaluator.Evaluate(read.Documents, () => StageCatalog.Build(CliSettings.Options() with { Until = "quotes" }));
        return new Result(scores.ToDictionary(), null);
    }
}
