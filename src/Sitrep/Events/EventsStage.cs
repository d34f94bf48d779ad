using Sitrep.Documents;
using Sitrep.Events.Relevance;
using Sitrep.Events.Triggers;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The last pipeline stage: PLOVER events with actors, recipients, place, date, status, counts, CAMEO code and
/// evidence spans. Uses the parse, entities, timexes and places when earlier stages filled them, and falls back
/// to token windows, surface names and the publication date (marked) when they did not. The relevance gate then
/// removes events from text that is not English or does not report political or conflict events.
/// </summary>
internal sealed class EventsStage(EventCoder coder, RelevanceGate gate) : IStage
{
    public EventsStage() : this(new EventCoder(TriggerLexicon.Default)) { }
    public EventsStage(EventCoder coder) : this(coder, new RelevanceGate(null)) { }

    /// <summary>The stage with the relevance model from <paramref name="options"/> when present.</summary>
    public static EventsStage Create(StageContext context) =>
        new(new EventCoder(TriggerLexicon.Default), RelevanceGate.Create(context.Options.ModelsDirectory, context.Options.CacheDirectory));

    public string Name => "events";
    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Sentences];
    public IReadOnlyList<string> Assigns => [Layers.Events];
    public RelevanceGate Gate => gate;

    public void Process(Doc doc)
    {
        var events = coder.Code(doc);
        gate.Apply(doc, events);
        doc.Events.Clear();
        doc.Events.AddRange(events);
    }
}
