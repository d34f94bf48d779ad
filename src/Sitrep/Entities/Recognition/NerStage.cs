using Sitrep.Documents;
using Sitrep.Entities.Actors;
using Sitrep.Pipeline;

namespace Sitrep.Entities.Recognition;

/// <summary>The <c>ner</c> stage: tags entity mentions (IOB columns) with the model in models/ner.</summary>
internal sealed class NerStage(NerTagger tagger) : IStage
{
    public string Name => "ner";
    // A model trained with tags or parses reads them: without those stages the pipeline is refused
    // (one line naming the missing layer) rather than run with features silently missing.
    public IReadOnlyList<string> Requires =>
    [
        Layers.Tokens, Layers.Sentences,
        .. tagger.Model.UsesPos ? [Layers.Tags] : Array.Empty<string>(),
        .. (tagger.Model.Extras & NerExtraFeatures.Syntax) != 0 ? [Layers.Dependencies] : Array.Empty<string>(),
    ];
    public IReadOnlyList<string> Assigns => [Layers.NerTags];

    public void Process(Doc doc) => tagger.Tag(doc);

    public static string ModelPath(string modelsDirectory) => Path.Combine(modelsDirectory, "ner", "model.bin");

    /// <summary>The stage, or null when models/ner/model.bin is absent; a broken model file is an error naming it.</summary>
    public static NerStage? Create(StageContext context)
    {
        var path = ModelPath(context.Options.ModelsDirectory);
        if (!File.Exists(path)) return null;
        var load = NerModel.Load(path, context.Options.CacheDirectory);
        if (!load.Success) throw new InvalidDataException(load.Error);
        return new NerStage(new NerTagger(load.Model!, ActorLexicon.For(context)));
    }
}
