using Sitrep.Evaluation.Language;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Language.Tokenization;

/// <summary>The tokenizer's accuracy targets on the held-out UD English-EWT test set, through <c>sitrep eval tokens</c>.</summary>
public class EwtGateTests
{
    [SkippableFact]
    public void Ewt_test_meets_token_and_sentence_targets()
    {
        var gold = SharedData.Require("corpora/ud_english_ewt/en_ewt-ud-test.conllu.gz");
        var scores = TokenEvaluation.Run(gold, new AnalyzerOptions());
        Assert.True((double)scores["tokens_f1"]! >= 0.98, $"tokens_f1 {scores["tokens_f1"]}");
        Assert.True((double)scores["sentences_f1"]! >= 0.75, $"sentences_f1 {scores["sentences_f1"]}");
    }
}
