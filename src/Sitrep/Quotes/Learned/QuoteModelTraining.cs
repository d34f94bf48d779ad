using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Quotes.Evaluation;

namespace Sitrep.Quotes.Learned;

/// <summary>Options of <c>sitrep train quotes</c>.</summary>
public sealed record QuoteTrainingOptions(string TrainPath, string DevPath, string OutDirectory)
{
    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 17;
    public bool Backward { get; init; }
    public string TrainSplit { get; init; } = "train";
    public string DevSplit { get; init; } = "dev";
}

/// <summary>Result of a training run: the dev scores, or one line saying what failed.</summary>
public sealed record QuoteTrainingResult(QuoteScores? Dev, string? Error);

/// <summary>
/// Trains the quotes tagger on PolNeAR's train split, scores it on dev through the whole stage and
/// writes model.bin and card.json into the output folder.
/// </summary>
public static class QuoteModelTraining
{
    public static QuoteTrainingResult Run(QuoteTrainingOptions options, TextWriter log)
    {
        var train = PolnearReader.Read(options.TrainPath, options.TrainSplit);
        if (!train.Success) return new(null, train.Error);
        var dev = PolnearReader.Read(options.DevPath, options.DevSplit);
        if (!dev.Success) return new(null, dev.Error);

        var tokenizer = StageCatalog.Build(new AnalyzerOptions { Until = "quotes" });
        var before = tokenizer.Stages.TakeWhile(s => s.Name != "quotes").ToList();
        var rules = new QuoteStage();
        var examples = new List<TaggedExample>(train.Documents.Count);
        foreach (var article in train.Documents)
        {
            var doc = new Doc(article.Text);
            foreach (var earlier in before) earlier.Process(doc);
            examples.Add(rules.Example(doc, article.Attributions.Select(a => (a.Source, a.Cue, a.Content))));
        }
        log.WriteLine($"train: {examples.Count} articles, {examples.Sum(e => e.Gold.Length)} tokens");
        var tagger = QuoteTaggerTrainer.Train(examples, options.Epochs, options.Seed, options.Backward,
            (epoch, accuracy) => log.WriteLine($"epoch {epoch}: token accuracy {accuracy:F4}"));

        Directory.CreateDirectory(options.OutDirectory);
        var modelPath = Path.Combine(options.OutDirectory, QuoteStage.ModelFile);
        tagger.Save(modelPath);
        // Score the model as saved (weights stored as halves), so card.json matches `eval quotes`.
        var saved = QuoteTagger.Load(modelPath);
        if (saved.Error is not null) return new(null, saved.Error);
        var stage = new QuoteStage(saved.Tagger);
        var scores = QuoteEvaluator.Evaluate(dev.Documents, () => new DocPipeline([.. before, stage]));
        var card = new Dictionary<string, object?>
        {
            ["model"] = "quotes",
            ["kind"] = QuoteTagger.Kind,
            ["format_version"] = QuoteTagger.FormatVersion,
            ["data"] = $"PolNeAR v1.0.0 (Newell, Margolin, Ruths, LREC 2018), split '{options.TrainSplit}', {examples.Count} articles (first annotator file per article)",
            ["licence"] = "PolNeAR has no licence statement; research use only. The model holds hashed features and weights, no text.",
            ["seed"] = options.Seed,
            ["epochs"] = options.Epochs,
            ["direction"] = options.Backward ? "backward" : "forward",
            ["features"] = tagger.FeatureCount,
            ["train_command"] = "./sitrep train quotes --train ../shared/quotes/polnear/polnear-train-dev.tar.gz --dev ../shared/quotes/polnear/polnear-train-dev.tar.gz --out models/quotes",
            ["dev_scores"] = scores.ToDictionary(),
        };
        File.WriteAllText(Path.Combine(options.OutDirectory, "card.json"), JsonSerializer.Serialize(card, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return new(scores, null);
    }
}
