using Sitrep.Documents;
using Sitrep.Events.Triggers;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The last pipeline stage: PLOVER events with actors, recipients, place, date, status, counts, CAMEO code and
/// evidence spans. Uses the parse, entities, timexes and places when earlier stages filled them, and falls back
/// to token windows, surface names and the publication date (marked) when they did not.
/// </summary>
public sealed class EventsStage(EventCoder coder) : IStage
{
    public EventsStage() : this(new EventCoder(TriggerLexicon.Default)) { }

    public string Name => "events";
    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Sentences];
    public IReadOnlyList<string> Assigns => [Layers.Events];

    public void Process(Doc doc)
    {
        doc.Events.Clear();
        doc.Events.AddRange(coder.Code(doc));
    }
}
