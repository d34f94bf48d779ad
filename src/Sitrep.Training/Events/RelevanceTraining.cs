using System.Text.Json;
using Sitrep.Events.Relevance;
using Sitrep.Learning;
using Sitrep.Training.Learning;

namespace Sitrep.Training.Events;

/// <summary>Paths of the training corpora (any may be null) and the settings of one training run.</summary>
internal sealed record RelevanceTrainingOptions(string Out)
{
    public string? Bbc { get; init; }
    public string? Reuters { get; init; }
    public string? Isot { get; init; }
    public string? IndiaPoliceEvents { get; init; }
    public string? Ngec { get; init; }
    public int Epochs { get; init; } = 8;
    public int Seed { get; init; } = 7;
    /// <summary>At most this many examples from one source (ngec/ASSAULT, reuters/earn...), so no corpus swamps the rest.</summary>
    public int MaxPerSource { get; init; } = 400;
    /// <summary>At most this many examples from one corpus (all of ngec, all of reuters...).</summary>
    public int MaxPerCorpus { get; init; } = 2000;
    /// <summary>Share of the dev split's relevant sentences the sentence threshold lets through.</summary>
    public double SentenceRecall { get; init; } = 0.99;
    public float MinWeight { get; init; } = 0.05f;
    /// <summary>An example whose right class leads by less than this still updates the weights.</summary>
    public float Margin { get; init; } = 1f;
    /// <summary>The command line that trained the model, for its card.</summary>
    public string? Command { get; init; }
}

/// <summary>
/// Trains the relevance model: an averaged perceptron over <see cref="RelevanceFeatures"/> on the train folds of
/// every corpus given, the document threshold at the natural boundary (0) and the sentence threshold from the dev
/// fold, then scores dev and the never-tuned test fold per source, and writes model.bin and card.json.
/// </summary>
internal static partial class RelevanceTraining
{
    public static Dictionary<string, object> Run(RelevanceTrainingOptions options, TextWriter log)
    {
        var examples = Load(options, log);
        // Each article also teaches through its sentences (with the article's label): the model then scores a single
        // sentence by what its words say, not only by the words of whole articles that were hard to classify.
        var train = examples.Where(e => e.IsTrain).SelectMany(e => e.IsSentence ? [e] : SentencesOf(e).Prepend(e)).ToList();
        var features = train.Select(e => Features(e.Text)).ToArray();
        var trainer = new AveragedPerceptron(2);
        var random = new Random(options.Seed);
        Span<float> scores = stackalloc float[2];
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            int errors = 0;
            foreach (int i in TrainingOptions.Shuffle(train.Count, random))
            {
                trainer.Tick();
                trainer.Score(features[i], scores);
                int truth = train[i].Relevant ? RelevanceModel.Relevant : RelevanceModel.Other;
                float margin = scores[truth] - scores[1 - truth];
                if (margin <= 0) errors++;
                // Updating inside a margin, not only on mistakes, keeps words of easy examples from staying at zero.
                if (margin < options.Margin) trainer.Update(features[i], truth, 1 - truth);
            }
            log.WriteLine($"epoch {epoch}: {errors} training errors of {train.Count}");
        }
        var weights = trainer.Freeze(options.MinWeight);
        var unthresholded = new RelevanceModel(weights, 0, 0);
        var devSentences = examples.Where(e => e.IsDev && e.IsSentence && e.Relevant).Select(e => unthresholded.Score(e.Text)).Order().ToList();
        // Never above the natural boundary: dev sentences come from few styles, and a sentence must look unlike news of events to lose one.
        double sentenceThreshold = devSentences.Count == 0 ? 0 : Math.Min(0, Math.Round(devSentences[(int)((1 - options.SentenceRecall) * devSentences.Count)], 3));
        var model = new RelevanceModel(weights, 0, sentenceThreshold);
        var result = new Dictionary<string, object>
        {
            ["features"] = model.FeatureCount,
            ["sentence_threshold"] = sentenceThreshold,
            ["train_examples"] = train.Count,
            ["train_articles"] = examples.Count(e => e.IsTrain && !e.IsSentence),
            ["dev"] = Scores(model, examples.Where(e => e.IsDev)),
            ["test"] = Scores(model, examples.Where(e => e.IsTest)),
        };
        var path = Path.Combine(options.Out, ModelFile.DefaultFileName);
        model.Save(path);
        WriteCard(options, result);
        log.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
        return result;
    }

    static List<RelevanceExample> Load(RelevanceTrainingOptions o, TextWriter log)
    {
        var all = new List<RelevanceExample>();
        void Add(string? path, Func<string, IEnumerable<RelevanceExample>> read)
        {
            if (path is null) return;
            var read1 = read(path).ToList();
            // Cap each source by the fixed fold order, not by file order, so the cap keeps every fold.
            var capped = read1.GroupBy(e => e.Source).SelectMany(g => g.OrderBy(e => FeatureHash.Of(e.Id)).Take(o.MaxPerSource)).ToList();
            all.AddRange(capped.OrderBy(e => FeatureHash.Of($"{e.Source}:{e.Id}")).Take(o.MaxPerCorpus));
            log.WriteLine($"{path}: {read1.Count} examples");
        }
        Add(o.Bbc, RelevanceCorpus.Bbc);
        Add(o.Reuters, RelevanceCorpus.ReutersCorporate);
        Add(o.Isot, RelevanceCorpus.Isot);
        Add(o.IndiaPoliceEvents, RelevanceCorpus.IndiaPoliceEvents);
        Add(o.Ngec, RelevanceCorpus.NgecSynthetic);
        return all;
    }

    /// <summary>Per source: the share judged as its label says (documents by the document threshold, sentences by the sentence one).</summary>
    static Dictionary<string, object> Scores(RelevanceModel model, IEnumerable<RelevanceExample> examples)
    {
        var bySource = new SortedDictionary<string, object>(StringComparer.Ordinal);
        int right = 0, total = 0;
        foreach (var group in examples.GroupBy(e => e.Source))
        {
            int ok = group.Count(e => model.Score(e.Text) >= (e.IsSentence ? model.SentenceThreshold : model.DocumentThreshold) == e.Relevant);
            bySource[group.Key] = new Dictionary<string, object> { ["accuracy"] = Math.Round((double)ok / group.Count(), 4), ["n"] = group.Count() };
            right += ok;
            total += group.Count();
        }
        return new Dictionary<string, object> { ["accuracy"] = Math.Round((double)right / Math.Max(1, total), 4), ["n"] = total, ["sources"] = bySource };
    }

    static IEnumerable<RelevanceExample> SentencesOf(RelevanceExample article)
    {
        int n = 0;
        foreach (var sentence in SentenceEnd().Split(article.Text))
            if (sentence.Count(char.IsLetter) >= 20)
                yield return article with { Source = article.Source, Text = sentence, IsSentence = true, Id = $"{article.Id}#{n++}" };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""“])|\n+")]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();

    static ulong[] Features(string text)
    {
        var set = new HashSet<ulong>();
        RelevanceFeatures.Extract(text, set);
        return [.. set];
    }

    static void WriteCard(RelevanceTrainingOptions o, Dictionary<string, object> result)
    {
        var card = new Dictionary<string, object?>
        {
            ["model"] = "relevance",
            ["kind"] = "averaged-perceptron-binary",
            ["features"] = "bias, lower-cased words and word pairs (presence), hashed",
            ["data"] = new Dictionary<string, string?>
            {
                ["bbc"] = o.Bbc is null ? null : "BBC News 2004-2005 (Greene & Cunningham 2006): politics relevant; business, entertainment, sport, tech not",
                ["reuters"] = o.Reuters is null ? null : "Reuters-21578 Distribution 1.0: stories whose topics are only earn/acq, not relevant",
                ["isot"] = o.Isot is null ? null : "ISOT Fake News dataset 5% sample, true rows, worldnews and politicsNews: relevant",
                ["india_police_events"] = o.IndiaPoliceEvents is null ? null : "IndiaPoliceEvents dev part (Halterman et al. 2021): articles relevant; ANY_ACTION sentences set the sentence threshold",
                ["ngec_synthetic"] = o.Ngec is null ? null : "NGEC synthetic PLOVER stories (Halterman 2023): relevant",
            },
            ["licences"] = "BBC: research, non-commercial; Reuters-21578: research only; ISOT: research, cite Ahmed et al. 2018; " +
                "IndiaPoliceEvents: research evaluation, no licence stated; NGEC synthetic: MIT. The model holds hashed features and weights, no text.",
            ["split"] = "fixed hash of source and id: fold 0 test (never tuned on), fold 1 dev (sentence threshold), folds 2-4 train",
            ["max_per_source"] = o.MaxPerSource,
            ["max_per_corpus"] = o.MaxPerCorpus,
            ["epochs"] = o.Epochs,
            ["seed"] = o.Seed,
            ["min_weight"] = o.MinWeight,
            ["margin"] = o.Margin,
            ["sentence_recall"] = o.SentenceRecall,
            ["train_command"] = o.Command,
            ["scores"] = result,
        };
        File.WriteAllText(Path.Combine(o.Out, "card.json"), JsonSerializer.Serialize(card, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
