using Sitrep.Pipeline;

namespace Sitrep;

/// <summary>
/// The composition root: the stages in pipeline order, by name, each with an explicit factory (no reflection).
/// A factory returns null when its stage cannot run here (e.g. its model is absent).
/// </summary>
internal static class StageCatalog
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
        ("events", Events.EventsStage.Create),
    ];

    public static DocPipeline Build(AnalyzerOptions options) => Build(new StageContext(options));

    /// <summary>
    /// Builds the stages up to <see cref="AnalyzerOptions.Until"/>. Their models load in parallel (loading is most of a
    /// short run's time); the pipeline keeps catalogue order, and the first failure in that order is the one thrown.
    /// </summary>
    public static DocPipeline Build(StageContext context)
    {
        var chosen = new List<Func<StageContext, IStage?>>();
        foreach (var (name, create) in Stages)
        {
            chosen.Add(create);
            if (name == context.Options.Until) break;
        }
        var loads = chosen.Select(create => Task.Run(() => create(context))).ToArray();
        var stages = new List<IStage>();
        foreach (var load in loads)
            if (load.GetAwaiter().GetResult() is { } stage) stages.Add(stage);
        return new DocPipeline(stages);
    }
}
