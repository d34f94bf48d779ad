using System.CommandLine;
using Sitrep.Evaluation.Stories;
using Sitrep.Stories;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval duplicates</c>: near-duplicate detection against gold duplicate pairs of a corpus.</summary>
internal static class EvalDuplicatesCommand
{
    public static readonly Option<string> Gold = EvalCommand.Gold();
    public static readonly Option<string> Corpus = new("--corpus") { Description = "The corpus the gold pairs name entries of (file, folder or archive)", Required = true };
    public static readonly Option<double> Threshold = new("--threshold")
    {
        Description = "Estimated shingle Jaccard at or above which a document is a copy",
        DefaultValueFactory = _ => new NearDuplicateOptions().Threshold,
    };
    public static readonly Option<bool> Json = CommonOptions.Json();

    public static Command GetCommand()
    {
        var cmd = new Command("duplicates", "Near-duplicate detection (MinHash + LSH) against gold pairs: pairwise and B-cubed P/R/F1, dev and test halves");
        foreach (var o in new Option[] { Gold, Corpus, Threshold, Json }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var gold = p.GetValue(Gold)!;
            if (!EvalCommand.CheckGold(gold, "duplicates")) return ExitCodes.Fatal;
            var detection = new NearDuplicateOptions { Threshold = p.GetValue(Threshold) };
            return EvalCommand.Report(DuplicateEvaluation.Run(gold, p.GetValue(Corpus)!, detection), "duplicates", p.GetValue(Json));
        });
        return cmd;
    }
}
