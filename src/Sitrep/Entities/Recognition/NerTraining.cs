using System.Diagnostics;
using System.Text.Json;
using Sitrep.Entities.Actors;

namespace Sitrep.Entities.Recognition;

/// <summary>What <c>sitrep train ner</c> was asked to do.</summary>
public sealed record NerTrainingRequest(IReadOnlyList<string> Train, string? Dev, string OutDirectory)
{
    /// <summary>Model that types silver spans of UD treebanks without entity labels.</summary>
    public string? Teacher { get; init; }
    public NerTrainOptions Options { get; init; } = new();
    public string CommandLine { get; init; } = "";
}

/// <summary>Outcome of a training run: the card written beside the model, or one line naming the problem.</summary>
public sealed record NerTrainingResult(string? ModelPath, Dictionary<string, object?>? Card, string? Error);

/// <summary>
/// Reads the training files (format detected per file; GMB contributes its train part only), trains,
/// scores the dev file and writes model.bin and card.json.
/// </summary>
public static class NerTraining
{
    static readonly Dictionary<NerFormat, string> Licences = new()
    {
        [NerFormat.Gmb] = "GMB via Kaggle ner_dataset.csv: VOA texts public domain; GMB annotations 'freely available for research purposes'; Kaggle redistribution licence unverified (see ../shared/corpora/gmb_ner_kaggle/SOURCE.md)",
        [NerFormat.Conll] = "see the corpus SOURCE.md",
        [NerFormat.Iob2] = "CC BY-SA 4.0 (Universal NER)",
        [NerFormat.UdSilver] = "UD treebank (see its SOURCE.md; UD English-EWT: CC BY-SA 4.0); silver types from the teacher model",
        [NerFormat.Gum] = "CC BY-NC-SA 4.0 (UD English-GUM; annotations CC BY 4.0): NON-COMMERCIAL",
        [NerFormat.Wnut] = "CC BY 4.0 (WNUT-17)",
        [NerFormat.Re3d] = "per source: public domain, OGL v3, CC BY(-SA/-NC) (re3d)",
    };

    public static NerTrainingResult Run(NerTrainingRequest request, Action<string>? log = null)
    {
        var lexicon = ActorLexicon.Default;
        var sentences = new List<NerSentence>();
        var data = new List<Dictionary<string, object?>>();
        foreach (var path in request.Train)
        {
            if (!File.Exists(path)) return new(null, null, $"{path}: training file not found");
            var format = NerCorpusReader.Detect(path);
            NerCorpus corpus;
            if (format == NerFormat.UdSilver)
            {
                if (request.Teacher is null) return new(null, null, $"{path}: has no entity labels; give --teacher MODEL to type its proper-noun spans");
                var teacher = NerModel.Load(request.Teacher);
                if (!teacher.Success) return new(null, null, teacher.Error);
                corpus = new NerCorpus(SilverUdReader.Read(path, new NerTagger(teacher.Model!, lexicon), lexicon));
            }
            else corpus = NerCorpusReader.Read(path, format, GmbPart.Train, lexicon);
            if (!corpus.Success) return new(null, null, corpus.Error);
            sentences.AddRange(corpus.Sentences);
            data.Add(new()
            {
                ["path"] = Path.GetFileName(path), ["format"] = format.ToString().ToLowerInvariant(),
                ["part"] = format == NerFormat.Gmb ? $"train (sentences < {NerCorpusReader.GmbHeldOutFrom})" : "all",
                ["sentences"] = corpus.Sentences.Count, ["licence"] = Licences[format],
                ["teacher"] = format == NerFormat.UdSilver ? request.Teacher : null,
            });
        }
        var clock = Stopwatch.StartNew();
        var model = new NerTrainer(lexicon, request.Options).Train(sentences, log);
        double trainSeconds = clock.Elapsed.TotalSeconds;

        Directory.CreateDirectory(request.OutDirectory);
        var modelPath = Path.Combine(request.OutDirectory, "model.bin");
        model.Save(modelPath);
        var card = new Dictionary<string, object?>
        {
            ["model"] = "ner", ["kind"] = "averaged perceptron, greedy BILOU decoding",
            ["format_version"] = NerModel.FormatVersion, ["feature_templates_version"] = NerFeatures.TemplateVersion,
            ["types"] = NerLabels.Types, ["train"] = data,
            ["options"] = request.Options, ["pos_features"] = false, ["gazetteer_world_countries"] = lexicon.HasCountryData, ["gazetteer_geonames_places"] = lexicon.HasPlaceData,
            ["features"] = model.FeatureCount, ["train_seconds"] = Math.Round(trainSeconds, 1),
            ["model_bytes"] = new FileInfo(modelPath).Length, ["command"] = request.CommandLine,
        };
        if (request.Dev is { } dev)
        {
            var format = NerCorpusReader.Detect(dev);
            var corpus = NerCorpusReader.Read(dev, format, GmbPart.HeldOut, lexicon);
            if (!corpus.Success) return new(null, null, corpus.Error);
            var scores = NerEvaluator.Evaluate(corpus.Sentences, new NerTagger(model, lexicon), NerCorpusReader.Scheme(format));
            card["dev"] = new Dictionary<string, object?> { ["path"] = Path.GetFileName(dev), ["scores"] = scores.ToDictionary() };
        }
        File.WriteAllText(Path.Combine(request.OutDirectory, "card.json"),
            JsonSerializer.Serialize(card, new JsonSerializerOptions { WriteIndented = true }));
        return new(modelPath, card, null);
    }
}
