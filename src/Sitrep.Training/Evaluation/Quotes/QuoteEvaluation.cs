namespace Sitrep.Evaluation.Quotes;

/// <summary><c>sitrep eval quotes</c>: source, cue and content spans against one PolNeAR split, through the pipeline up to quotes.</summary>
internal static class QuoteEvaluation
{
    public static EvaluationResult Run(string goldPath, string split, AnalyzerOptions options)
    {
        var read = PolnearReader.Read(goldPath, split);
        if (!read.Success) return EvaluationResult.Fail(read.Error!);
        var scores = QuoteEvaluator.Evaluate(read.Documents, () => StageCatalog.Build(options with { Until = "quotes" }));
        return EvaluationResult.Ok(scores.ToDictionary());
    }
}
