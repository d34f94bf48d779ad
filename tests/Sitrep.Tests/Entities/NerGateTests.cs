using Sitrep.Evaluation.Entities;
using Sitrep.Entities.Recognition;
using Sitrep.Tests.Support;
using Sitrep.Training.Entities;

namespace Sitrep.Tests.Entities;

public class NerGateTests
{
    /// <summary>
    /// The shipped model scores 0.7573 on test (session 6, see docs/entities.md); the gate keeps 1.7 points for
    /// training-seed noise (about half a point) and retrained language models. The model reads the
    /// tagger's UPOS and the parser's trees: a retrained tagger or parser may move the score by a point, and
    /// then the NER model must be retrained (its card's command) and rechecked.
    /// </summary>
    const double UnerEwtTestMinimumF1 = 0.74;

    [SkippableFact]
    public void Uner_ewt_test_f1()
    {
        var gold = SharedData.Require("corpora/uner_english_ewt/en_ewt-ud-test.iob2");
        var model = Path.Combine(SharedData.RepoRoot, "models", "ner", "model.bin");
        Skip.IfNot(File.Exists(model), "models/ner/model.bin is not built");
        var result = NerEvaluation.Run(gold, NerFormat.Iob2, new AnalyzerOptions(), modelPath: model);
        Assert.Null(result.Error);
        var f1 = (double)result.Scores!["f1"]!;
        Assert.True(f1 >= UnerEwtTestMinimumF1, $"UNER-EWT test f1 {f1:F4}");
    }
}
