using Sitrep.Documents;
using Sitrep.Learning;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Evaluation.Quotes;
using Sitrep.Training.Learning;
using Sitrep.Quotes.Learned;

namespace Sitrep.Training.Quotes;

/// <summary>Options of <c>sitrep train quotes</c>.</summary>
internal sealed record QuoteTrainingOptions(string TrainPath, string DevPath, string OutDirectory)
{
    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 17;
    public bool Backward { get; init; }
    public string TrainSplit { get; init; } = PolnearReader.Fit;
    public string DevSplit { get; init; } = "dev";
    /// <summary>The command line, recorded in the card.</summary>
    public string Command { get; init; } = "";
}

/// <summary>Result of a training run: the dev scores, or one line saying what failed.</summary>
internal sealed record QuoteTrainingResult(QuoteScores? Dev, string? Error);

/// <summary>
/// Trains the quotes tagger on PolNeAR's train split, scores it on dev through the whole stage and
/// writes model.bin and card.json into the output folder.
/// </summary>
internal static class QuoteModelTraining
{
    public static QuoteTrainingResult Run(QuoteTrainingOptions options, TextWriter log)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var train = PolnearReader.Read(options.TrainPath, options.TrainSplit);
        if (!train.Success) return new(null, train.Error);
        var dev = PolnearReader.Read(options.DevPath, options.DevSplit);
        if (!dev.Success) return new(null, dev.Error);

        var heldOut = PolnearReader.Read(options.TrainPath, PolnearReader.HeldOut);
        if (!heldOut.Success) return new(null, heldOut.Error);

        // Only the stages whose layers the quote spans read (tokens, POS, parse); entities only name speakers.
        // The quotes model being replaced is never loaded.
        var before = StageCatalog.Build(new AnalyzerOptions { Until = "parser" }).Stages.ToList();
        var rules = new QuoteExamples();
        var examples = new List<TaggedExample>(train.Documents.Count);
        foreach (var article in train.Documents)
        {
            var doc = new Doc(article.Text);
            foreach (var earlier in before) earlier.Process(doc);
            examples.Add(rules.Build(doc, article.Attributions.Select(a => (a.Source, a.Cue, a.Content))));
        }
        log.WriteLine($"train: {examples.Count} articles, {examples.Sum(e => e.Gold.Length)} tokens, prepared in {clock.Elapsed.TotalSeconds:F0} s");
        var tagger = QuoteTaggerTrainer.Train(examples, options.Epochs, options.Seed, options.Backward,
            (epoch, accuracy) => log.WriteLine($"epoch {epoch}: token accuracy {accuracy:F4}"));

        Directory.CreateDirectory(options.OutDirectory);
        var modelPath = Path.Combine(options.OutDirectory, QuoteStage.ModelFile);
        tagger.Save(modelPath);
        // Score the model as saved (weights stored as halves), so card.json matches `eval quotes`.
        var saved = QuoteTagger.Load(modelPath);
        if (!saved.Success) return new(null, saved.Error);
        var stage = new QuoteStage(saved.Model);
        var scores = QuoteEvaluator.Evaluate(dev.Documents, () => new DocPipeline([.. before, stage]));
        var heldOutScores = QuoteEvaluator.Evaluate(heldOut.Documents, () => new DocPipeline([.. before, stage]));
        new ModelCard("quotes", QuoteTagger.Kind, QuoteTagger.FormatVersion, options.Command)
        {
            TrainingData =
            [
                new Dictionary<string, object>
                {
                    ["path"] = Path.GetFileName(options.TrainPath),
                    ["part"] = $"split '{options.TrainSplit}', {examples.Count} articles (first annotator file per article)",
                    ["licence"] = "PolNeAR v1.0.0 (Newell, Margolin, Ruths, LREC 2018) has no licence statement; research use only. The model holds hashed features and weights, no text.",
                },
            ],
            DevData = new Dictionary<string, object> { ["path"] = Path.GetFileName(options.DevPath), ["part"] = $"split '{options.DevSplit}'" },
            Seed = options.Seed,
            Epochs = options.Epochs,
            BestEpoch = options.Epochs,
            Options = new Dictionary<string, object>
            {
                ["direction"] = options.Backward ? "backward" : "forward",
                ["min_frequency"] = QuoteTaggerTrainer.MinFrequency,
                ["min_weight"] = QuoteTaggerTrainer.MinWeight,
            },
            Scores = new Dictionary<string, object> { ["dev"] = scores.ToDictionary(), [PolnearReader.HeldOut] = heldOutScores.ToDictionary() },
            TrainingSeconds = clock.Elapsed.TotalSeconds,
            Details = new Dictionary<string, object?> { ["features"] = tagger.FeatureCount },
        }.Write(modelPath);
        return new(scores, null);
    }
}
