using Sitrep.Entities.Actors;
using Sitrep.Entities.Recognition;
using Sitrep.Training.Entities;

namespace Sitrep.Evaluation.Entities;

/// <summary><c>sitrep eval ner</c>: exact span and type F1 of a NER model against a gold corpus.</summary>
internal static class NerEvaluation
{
    /// <param name="modelPath">The model to score; the shipped one in the options' models folder by default.</param>
    /// <param name="errorsPath">Where each sentence with missed and spurious spans is written, if given.</param>
    /// <param name="holdOut">Iob2 only: score the documents of this fold alone.</param>
    public static EvaluationResult Run(string goldPath, NerFormat format, AnalyzerOptions options, GmbPart part = GmbPart.HeldOut,
        string? modelPath = null, string? errorsPath = null, NerFolds? holdOut = null)
    {
        modelPath ??= NerStage.ModelPath(options.ModelsDirectory);
        var load = NerModel.Load(modelPath);
        if (!load.Success) return EvaluationResult.Fail(load.Error!);
        var lexicon = ActorLexicon.Load(options.NpmDirectory);
        var corpus = NerCorpusReader.Read(goldPath, format, part, lexicon);
        if (!corpus.Success) return EvaluationResult.Fail(corpus.Error!);
        if (holdOut is not null && format != NerFormat.Iob2) return EvaluationResult.Fail($"{goldPath}: --hold-out applies to --format iob2 only");
        var gold = holdOut is { } folds ? folds.Select(corpus.Sentences, heldOut: true) : corpus.Sentences;
        var pos = NerPosTagging.For(load.Model!, options.ModelsDirectory, out var posError);
        if (posError is not null) return EvaluationResult.Fail(posError);
        using var errors = errorsPath is null ? null : new StreamWriter(errorsPath);
        var scores = NerEvaluator.Evaluate(gold, new NerTagger(load.Model!, lexicon), NerCorpusReader.Scheme(format), errors, pos is null ? null : pos.Tag);
        return EvaluationResult.Ok(scores.ToDictionary());
    }
}
