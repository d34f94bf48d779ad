using System.Text.Json.Nodes;
using Sitrep.Evaluation.Language;
using Sitrep.Language.Parsing;
using Sitrep.Learning;
using Sitrep.Language.Tagging;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Sitrep.Training.Language;
using Sitrep.Training.Language.Conllu;

namespace Sitrep.Tests.Language;

/// <summary>CI gate: EWT dev UPOS and LAS may not fall more than half a point below the scores in the model cards.</summary>
public class EwtDevGate
{
    const double Tolerance = 0.005;
    static string Models => Path.Combine(SharedData.RepoRoot, "models");

    static JsonNode Card(string model)
    {
        var path = Path.Combine(Models, model, "card.json");
        Skip.IfNot(File.Exists(path), $"{path} is missing");
        return JsonNode.Parse(File.ReadAllText(path))!;
    }

    [SkippableFact]
    public void Upos_on_ewt_dev_holds_the_model_card_score()
    {
        var dev = SharedData.Require("corpora/ud_english_ewt/en_ewt-ud-dev.conllu.gz");
        double recorded = Card("tagger")["scores"]!["dev"]!["upos"]!.GetValue<double>();
        var result = UdEvaluation.Run(dev, raw: false, new AnalyzerOptions { ModelsDirectory = Models });
        Assert.True(result.Success, result.Error);
        double upos = (double)result.Scores["upos"]!;
        Assert.True(upos >= recorded - Tolerance, $"EWT dev UPOS {upos:F4} is more than 0.5 points below the card's {recorded:F4}");
    }

    [SkippableFact]
    public void Las_on_ewt_dev_holds_the_model_card_score()
    {
        var dev = SharedData.Require("corpora/ud_english_ewt/en_ewt-ud-dev.conllu.gz");
        var card = Card("parser");
        double recorded = card["scores"]!["dev"]!["las"]!.GetValue<double>();
        // Compare like with like: the card says whether its dev score used gold or predicted tags.
        bool predicted = card["tags_for_scoring"]?.GetValue<string>() is { } tags && tags != "gold";
        var parser = Parser.Load(Path.Combine(Models, "parser", ModelFile.DefaultFileName)).GetValueOrThrow();
        var tagger = predicted ? Tagger.Load(Path.Combine(Models, "tagger", ModelFile.DefaultFileName)).GetValueOrThrow() : null;
        var (_, las) = ParserTrainer.Evaluate(parser, [.. ConlluReader.ReadFile(dev)], tagger);
        Assert.True(las >= recorded - Tolerance, $"EWT dev LAS {las:F4} is more than 0.5 points below the card's {recorded:F4}");
    }
}
