using Sitrep.Pipeline;

namespace Sitrep;

/// <summary>
/// The composition root: the stages in pipeline order, by name, each with an explicit factory (no reflection).
/// A factory returns null when its stage cannot run here (e.g. its model is absent).
/// </summary>
public static class StageCatalog
{
    public static readonly IReadOnlyList<(string Name, Func<StageContext, IStage?> Create)> Stages =
    [
        ("tokenizer", _ => new Language.Tokenization.TokenizerStage()),
        ("tagger", c => Language.Tagging.TaggerStage.Create(c.Options)),
        ("parser", c => Language.Parsing.ParserStage.Create(c.Options)),
        ("ner", Entities.Recognition.NerStage.Create),
        ("entities", Entities.Resolution.EntityStage.Create),
        ("time", _ => new Time.TimeStage()),
        ("places", Places.PlacesStage.TryCreate),
        ("quotes", Quotes.QuoteStage.Create),
        ("events", _ => new Events.EventsStage()),
    ];

    public static DocPipeline Build(AnalyzerOptions options) => Build(new StageContext(options));

    public static DocPipeline Build(StageContext context)
    {
        var stages = new List<IStage>();
        foreach (var (name, create) in Stages)
        {
            if (create(context) is { } stage) stages.Add(stage);
            if (name == context.Options.Until) break;
        }
        return new DocPipeline(stages);
    }
}
