using System.Diagnostics;
using Sitrep.Entities.Actors;
using Sitrep.Learning;
using Sitrep.Evaluation.Entities;
using Sitrep.Training.Entities.Corpora;
using Sitrep.Training.Learning;
using Sitrep.Entities.Recognition;

namespace Sitrep.Training.Entities;

/// <summary>What <c>sitrep train ner</c> was asked to do.</summary>
internal sealed record NerTrainingRequest(IReadOnlyList<string> Train, string? Dev, string OutDirectory)
{
    /// <summary>Model that types silver spans of UD treebanks without entity labels.</summary>
    public string? Teacher { get; init; }
    /// <summary>Train and tag with UPOS features predicted by the shipped Language tagger.</summary>
    public bool Pos { get; init; }
    /// <summary>Universal NER (iob2) files train on all folds but this one; an iob2 dev file is scored on this fold only.</summary>
    public NerFolds? HoldOut { get; init; }
    /// <summary>How many times each Universal NER (iob2) training sentence is repeated: the in-domain data is small.</summary>
    public int InDomainCopies { get; init; } = 1;
    /// <summary>Use only the first this many sentences of GMB's train part (0 = all): its VOA news outweighs everything else.</summary>
    public int GmbSentences { get; init; }
    /// <summary>Keep the epoch that scores best on the dev file (which must then be held out from training).</summary>
    public bool BestEpoch { get; init; }
    /// <summary>Brown-cluster features from models/clusters, whose clusters the model then carries.</summary>
    public bool Clusters { get; init; }
    /// <summary>Optional feature sets and document-level tagging steps, recorded in the model.</summary>
    public NerExtraFeatures Extras { get; init; }
    public string ModelsDirectory { get; init; } = DefaultLocations.Models;
    /// <summary>npm data folder: the country, place and given-name gazetteers the features read.</summary>
    public string NpmDirectory { get; init; } = DefaultLocations.Npm;
    public NerTrainOptions Options { get; init; } = new();
    public string CommandLine { get; init; } = "";
}

/// <summary>Outcome of a training run: the card written beside the model, or one line naming the problem.</summary>
internal sealed record NerTrainingResult(string? ModelPath, ModelCard? Card, string? Error);

/// <summary>
/// Reads the training files (format detected per file; GMB contributes its train part only), trains,
/// scores the dev file and writes model.bin and card.json.
/// </summary>
internal static class NerTraining
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
        [NerFormat.UnerTrain] = "CC BY-SA 4.0 (Universal NER; early single-annotator train file, see its SOURCE.md)",
        [NerFormat.Btc] = "CC BY 4.0 (Broad Twitter Corpus)",
        [NerFormat.CrossNer] = "MIT (CrossNER); text from Wikipedia, CC BY-SA",
        [NerFormat.WikiAnn] = "not stated by its creators (distributor Apache-2.0; text from Wikipedia, CC BY-SA); silver labels",
    };

    /// <summary>Corpora typed PER/ORG/LOC(/MISC) only, whose places and demonyms are refined to GPE and NORP for training.</summary>
    static readonly HashSet<NerFormat> CoarseTyped = [NerFormat.Iob2, NerFormat.UnerTrain, NerFormat.Btc, NerFormat.CrossNer, NerFormat.WikiAnn];

    public static NerTrainingResult Run(NerTrainingRequest request, Action<string>? log = null)
    {
        var lexicon = ActorLexicon.Load(request.NpmDirectory);
        var sentences = new List<NerSentence>();
        var data = new List<Dictionary<string, object?>>();
        NerPosTagging? pos = null;
        bool syntax = (request.Extras & NerExtraFeatures.Syntax) != 0;
        if (syntax && !request.Pos) return new(null, null, "--syntax needs --pos (the parser reads the tagger's tags)");
        if (request.Pos && (pos = NerPosTagging.Create(request.ModelsDirectory, out var posError, syntax)) is null)
            return new(null, null, posError);
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
                var teacherPos = NerPosTagging.For(teacher.Model!, request.ModelsDirectory, out _);
                corpus = new NerCorpus(SilverUdReader.Read(path, new NerTagger(teacher.Model!, lexicon), lexicon, teacherPos is null ? null : teacherPos.Tag));
            }
            else corpus = NerCorpusReader.Read(path, format, GmbPart.Train, lexicon);
            if (!corpus.Success) return new(null, null, corpus.Error);
            var part = format == NerFormat.Gmb ? $"train (sentences < {NerCorpusReader.GmbHeldOutFrom})" : "all";
            var used = corpus.Sentences;
            if (format == NerFormat.Gmb && request.GmbSentences > 0 && used.Count > request.GmbSentences)
            {
                used = [.. used.Take(request.GmbSentences)];
                part = $"train, first {request.GmbSentences} sentences";
            }
            if (format == NerFormat.Iob2)
            {
                if (request.HoldOut is { } folds)
                {
                    used = folds.Select(used, heldOut: false);
                    part = $"documents not in fold {folds} (document index mod {folds.Folds} != {folds.Fold})";
                }
                if (request.InDomainCopies > 1)
                {
                    used = [.. used.SelectMany(x => Enumerable.Repeat(x, request.InDomainCopies))];
                    part += $", each sentence {request.InDomainCopies} times";
                }
            }
            if (CoarseTyped.Contains(format)) used = [.. used.Select(x => FineTypes.Refine(x, lexicon))];
            sentences.AddRange(used);
            data.Add(new()
            {
                ["path"] = Path.GetFileName(path), ["format"] = format.ToString().ToLowerInvariant(),
                ["part"] = part,
                ["sentences"] = used.Count, ["licence"] = Licences[format],
                ["teacher"] = format == NerFormat.UdSilver ? request.Teacher : null,
            });
        }
        NerCorpus? devCorpus = null;
        IReadOnlyList<NerSentence> devGold = [];
        NerFormat devFormat = default;
        if (request.Dev is { } dev)
        {
            devFormat = NerCorpusReader.Detect(dev);
            devCorpus = NerCorpusReader.Read(dev, devFormat, GmbPart.HeldOut, lexicon);
            if (!devCorpus.Success) return new(null, null, devCorpus.Error);
            devGold = devFormat == NerFormat.Iob2 && request.HoldOut is { } folds ? folds.Select(devCorpus.Sentences, heldOut: true) : devCorpus.Sentences;
        }
        if (request.BestEpoch && devCorpus is null) return new(null, null, "--best-epoch needs --dev");
        if (request.BestEpoch && request.Options.Members > 1) return new(null, null, "--best-epoch picks one model's epoch; it cannot be combined with --members");
        Action<Documents.Doc>? prepare = pos is null ? null : pos.Tag;
        NerScores DevScores(NerModel m) => NerEvaluator.Evaluate(devGold, new NerTagger(m, lexicon), NerCorpusReader.Scheme(devFormat), prepare: prepare);
        var clock = Stopwatch.StartNew();
        Sitrep.Language.Features.EmbeddedClusters? clusters = null;
        if (request.Clusters)
        {
            var clustersPath = Sitrep.Language.Clusters.WordClusters.DefaultPath(request.ModelsDirectory);
            if (!File.Exists(clustersPath)) return new(null, null, $"{clustersPath}: no word clusters for --clusters");
            try { clusters = Sitrep.Language.Features.EmbeddedClusters.FromFile(clustersPath); }
            catch (InvalidDataException e) { return new(null, null, e.Message); }
        }
        var trainer = new NerTrainer(lexicon, request.Options, clusters, request.Extras);
        var model = trainer.Train(sentences, log, devScore: request.BestEpoch ? m => DevScores(m).Overall.F1 : null, analyse: pos is null ? null : pos.Analyse);
        double trainSeconds = clock.Elapsed.TotalSeconds;

        Directory.CreateDirectory(request.OutDirectory);
        var modelPath = Path.Combine(request.OutDirectory, "model.bin");
        model.Save(modelPath);
        Dictionary<string, object?>? devScores = null;
        if (request.Dev is { } devPath)
        {
            devScores = new()
            {
                ["path"] = Path.GetFileName(devPath), ["part"] = devGold == devCorpus!.Sentences ? "all" : $"fold {request.HoldOut} only",
                ["scores"] = DevScores(model).ToDictionary(),
            };
        }
        var kind = (request.Options.Viterbi ? "structured averaged perceptron, Viterbi BILOU decoding" : "averaged perceptron, greedy BILOU decoding")
            + (pos is null ? "" : ", UPOS features") + (syntax ? ", dependency features" : "");
        var card = new ModelCard("ner", NerModel.Kind, NerModel.FormatVersion, request.CommandLine)
        {
            TrainingData = data,
            DevData = devScores is null ? null : new Dictionary<string, object?> { ["path"] = devScores["path"], ["part"] = devScores["part"] },
            Seed = request.Options.Seed,
            Epochs = request.Options.Epochs,
            BestEpoch = request.BestEpoch ? trainer.BestEpoch : request.Options.Epochs,
            Options = request.Options,
            Scores = devScores is null ? null : new Dictionary<string, object?> { ["dev"] = devScores["scores"] },
            TrainingSeconds = trainSeconds,
            Details = new Dictionary<string, object?>
            {
                ["decoder"] = kind, ["feature_templates_version"] = NerFeatures.TemplateVersion, ["types"] = NerLabels.Types,
                ["hold_out"] = request.HoldOut?.ToString(), ["in_domain_copies"] = request.InDomainCopies, ["gmb_sentences"] = request.GmbSentences,
                ["pos_features"] = pos is not null, ["cluster_features"] = clusters is not null, ["extra_features"] = request.Extras.ToString(),
                ["gazetteer_world_countries"] = lexicon.HasCountryData, ["gazetteer_geonames_places"] = lexicon.HasPlaceData, ["gazetteer_first_names"] = lexicon.FirstNames.Count,
                ["features"] = model.FeatureCount,
            },
        };
        card.Write(modelPath);
        return new(modelPath, card, null);
    }
}
