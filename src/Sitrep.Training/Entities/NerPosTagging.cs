using Sitrep.Documents;
using Sitrep.Language.Parsing;
using Sitrep.Language.Tagging;
using Sitrep.Pipeline;
using Sitrep.Entities.Recognition;

namespace Sitrep.Training.Entities;

/// <summary>
/// The Language tagger (and, for a model with syntax features, the parser) as NER needs them outside the
/// pipeline: on gold sentences for training and evaluation, so the model sees predicted tags and parses,
/// as it does in the pipeline.
/// </summary>
internal sealed class NerPosTagging(TaggerStage stage, ParserStage? parser = null)
{
    /// <summary>The shipped tagger (models/tagger), with the shipped parser when <paramref name="parse"/>; null with the reason when one is absent.</summary>
    public static NerPosTagging? Create(string modelsDirectory, out string? error, bool parse = false)
    {
        error = null;
        var options = new AnalyzerOptions { ModelsDirectory = modelsDirectory };
        var stage = TaggerStage.Create(options);
        if (stage is null)
        {
            error = $"{Path.Combine(modelsDirectory, Tagger.Kind)}: no tagger model for POS features";
            return null;
        }
        var parser = parse ? ParserStage.Create(options) : null;
        if (parse && parser is null)
        {
            error = $"{Path.Combine(modelsDirectory, Parser.Kind)}: no parser model for syntax features";
            return null;
        }
        return new NerPosTagging(stage, parser);
    }

    /// <summary>For a model's needs: null when it uses neither POS nor syntax features.</summary>
    public static NerPosTagging? For(NerModel model, string modelsDirectory, out string? error)
    {
        error = null;
        bool parse = (model.Extras & NerExtraFeatures.Syntax) != 0;
        return model.UsesPos || parse ? Create(modelsDirectory, out error, parse) : null;
    }

    public void Tag(Doc doc)
    {
        stage.Process(doc);
        parser?.Process(doc);
    }

    /// <summary>A space-joined sentence as a document with predicted UPOS and lemmas (and heads and relations with the parser).</summary>
    public Doc Analyse(string text, int[] starts, int[] ends)
    {
        var doc = new Doc(text);
        doc.SetTokens(starts, ends);
        Tag(doc);
        return doc;
    }
}
