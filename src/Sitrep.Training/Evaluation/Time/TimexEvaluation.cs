using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation.Time;

/// <summary>Which files of a TimeML folder to score: all, the part used for tuning, or the held-out part.</summary>
internal enum TimexSplit { All, Tune, HeldOut }

/// <summary>One timex evaluation run: the scores, counts, time-stage seconds and unreadable files.</summary>
/// <param name="Parts">With <see cref="TimexSplit.All"/>, the scores of the tune and held-out parts from the same run.</param>
internal sealed record TimexRun(TimexEvaluator Scores, int Documents, long Tokens, double TimeStageSeconds, IReadOnlyList<string> BadFiles,
    IReadOnlyDictionary<TimexSplit, TimexEvaluator> Parts);

/// <summary>
/// Runs the pipeline up to the time stage over a folder of TimeML files, with each file's DCT given,
/// and scores it. The split is deterministic: files sorted by path, every fifth one (0, 5, 10, …)
/// is held out and was never looked at while writing the rules.
/// </summary>
internal static class TimexEvaluation
{
    public static IReadOnlyList<string> Files(string gold) =>
        File.Exists(gold) ? [gold]
        : [.. Directory.EnumerateFiles(gold, "*.tml", SearchOption.AllDirectories)
            .OrderBy(f => Path.GetRelativePath(gold, f), StringComparer.Ordinal)];

    public static bool IsHeldOut(int fileIndex) => fileIndex % 5 == 0;

    /// <summary>
    /// <c>sitrep eval timex</c>: the scores keyed as the contract names them (with per-part scores for a folder
    /// scored whole) and the one-line problems of files that could not be read; every miss, extra and wrong
    /// value goes to <paramref name="errorsFile"/> when given.
    /// </summary>
    public static (Dictionary<string, object?> Scores, IReadOnlyList<string> BadFiles) Report(string goldPath, TimexSplit split,
        AnalyzerOptions options, string? errorsFile = null)
    {
        var run = Run(goldPath, split, options, errorsFile is not null);
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
        return (scores, run.BadFiles);
    }

    public static TimexRun Run(string gold, TimexSplit split, AnalyzerOptions options, bool collectErrors = false)
    {
        var files = Files(gold);
        var pipeline = StageCatalog.Build(options with { Until = "time" });
        var evaluator = new TimexEvaluator { CollectErrors = collectErrors };
        var parts = split == TimexSplit.All
            ? new Dictionary<TimexSplit, TimexEvaluator> { [TimexSplit.Tune] = new(), [TimexSplit.HeldOut] = new() }
            : [];
        var timings = new StageTimings();
        var bad = new List<string>();
        int documents = 0;
        long tokens = 0;
        if (files.Count > 0 && TimeMlDocument.Read(files[0]).Document is { } warm)
            pipeline.Process(new Doc(warm.Text, new DocumentInfo { Published = warm.Dct is { } w ? new PublishedDate(w) : null })); // JIT warm-up, not timed
        for (int i = 0; i < files.Count; i++)
        {
            if (split == TimexSplit.Tune && IsHeldOut(i) || split == TimexSplit.HeldOut && !IsHeldOut(i)) continue;
            var read = TimeMlDocument.Read(files[i]);
            if (read.Document is not { } gd) { bad.Add(read.Error!); continue; }
            var doc = new Doc(gd.Text, new DocumentInfo { SourcePath = files[i], Published = gd.Dct is { } dct ? new PublishedDate(dct) : null });
            if (pipeline.Process(doc, timings) is { } failure) { bad.Add($"{files[i]}: {failure.Message}"); continue; }
            evaluator.Add(gd, doc.Timexes);
            if (parts.Count > 0) parts[IsHeldOut(i) ? TimexSplit.HeldOut : TimexSplit.Tune].Add(gd, doc.Timexes);
            documents++;
            tokens += doc.Count;
        }
        double seconds = timings.Totals.TryGetValue("time", out var t) ? t.TotalSeconds : 0;
        return new TimexRun(evaluator, documents, tokens, seconds, bad, parts);
    }
}
