using Sitrep.Documents;
using Sitrep.Language.Tagging;
using Sitrep.Pipeline;

namespace Sitrep.Entities.Recognition;

/// <summary>
/// The Language tagger as NER needs it outside the pipeline: on gold sentences for training and
/// evaluation, so a model with POS features sees predicted tags, as it does in the pipeline.
/// </summary>
public sealed class NerPosTagging(TaggerStage stage)
{
    /// <summary>The shipped tagger (models/tagger), or null with the reason when it is absent.</summary>
    public static NerPosTagging? Create(string modelsDirectory, out string? error)
    {
        error = null;
        var stage = TaggerStage.Create(new PipelineOptions { ModelsDirectory = modelsDirectory });
        if (stage is null) error = $"{Path.Combine(modelsDirectory, Tagger.Kind)}: no tagger model for POS features";
        return stage is null ? null : new NerPosTagging(stage);
    }

    public void Tag(Doc doc) => stage.Process(doc);

    /// <summary>Predicted UPOS of a space-joined sentence.</summary>
    public UPos[] Tag(string text, int[] starts, int[] ends)
    {
        var doc = new Doc(text);
        doc.SetTokens(starts, ends);
        stage.Process(doc);
        return doc.Upos;
    }
}
