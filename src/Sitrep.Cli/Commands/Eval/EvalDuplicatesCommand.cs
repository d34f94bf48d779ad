using System.CommandLine;
using Sitrep.Ingest;
using Sitrep.Stories;
using Sitrep.Stories.Evaluation;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval duplicates</c>: near-duplicate detection against gold duplicate pairs of a corpus.</summary>
public static class EvalDuplicatesCommand
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
            var scratch = Path.Combine(Path.GetTempPath(), $"sitrep-dups-{Guid.NewGuid():N}.db");
            try
            {
                var docs = DocumentSource.Read([p.GetValue(Corpus)!], new IngestOptions()).OfType<IngestedDocument>().Select(d => d.Doc);
                var options = new StoreOptions { NearDuplicates = new NearDuplicateOptions { Threshold = p.GetValue(Threshold) } };
                EvalCommand.Print(DuplicateEvaluation.Run(gold, docs, scratch, options), p.GetValue(Json));
                return ExitCodes.Ok;
            }
            finally
            {
                foreach (var f in new[] { scratch, scratch + "-wal", scratch + "-shm" }) File.Delete(f);
            }
        });
        return cmd;
    }
}
