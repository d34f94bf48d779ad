using Sitrep.Training.Language.Conllu;

namespace Sitrep.Evaluation.Language;

/// <summary><c>sitrep eval ud</c>: UPOS, XPOS, lemma, UAS and LAS against a CoNLL-U treebank (gold tokens unless raw).</summary>
internal static class UdEvaluation
{
    public static EvaluationResult Run(string goldPath, bool raw, AnalyzerOptions options)
    {
        var gold = ConlluReader.ReadFile(goldPath).ToList();
        var stages = UdEvaluator.LanguageStages(options, out var error);
        if (error is not null) return EvaluationResult.Fail(error);
        var scores = raw ? UdEvaluator.EvaluateRaw(gold, options) : UdEvaluator.EvaluateGoldTokens(gold, stages);
        return EvaluationResult.Ok(UdEvaluator.ToDictionary(scores));
    }
}
