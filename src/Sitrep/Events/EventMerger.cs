using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>
/// Merges one event told more than once: the same type in the next segment when the later telling names no
/// other participants (a pronoun or nothing: "He died of wounds..."), or the same type, status and recipients
/// anywhere in the document. The first telling keeps its evidence; the later one fills the gaps, and counts
/// keep their range (low/high) when tellings differ.
/// </summary>
public static class EventMerger
{
    public static List<CodedEvent> Merge(List<CodedEvent> events)
    {
        var kept = new List<CodedEvent>();
        foreach (var e in events)
        {
            var into = kept.LastOrDefault(k => SameEvent(k, e));
            if (into is null) kept.Add(e);
            else Absorb(into.Record, e.Record);
        }
        return kept;
    }

    static bool SameEvent(CodedEvent a, CodedEvent b)
    {
        var (x, y) = (a.Record, b.Record);
        if (x.Type != y.Type || a.Segment == b.Segment) return false;
        if (x.Date is { FromPublished: false } dx && y.Date is { FromPublished: false } dy && dx.Value != dy.Value) return false;
        if (x.Place is { } px && y.Place is { } py && !string.Equals(px.Name, py.Name, StringComparison.OrdinalIgnoreCase)) return false;
        bool continuation = b.Segment - a.Segment == 1 && Fits(x.Actors, y.Actors) && Fits(x.Recipients, y.Recipients) && x.Status == y.Status;
        bool retold = x.Status == y.Status && x.Recipients.Count > 0 && SameSet(x.Recipients, y.Recipients) && Fits(x.Actors, y.Actors);
        return continuation || retold;
    }

    // The later telling adds nobody new: it names no one, or only participants the first already has.
    static bool Fits(List<EventParticipant> first, List<EventParticipant> later) =>
        later.Count == 0 || later.All(p => first.Any(q => Same(p, q)));

    static bool SameSet(List<EventParticipant> a, List<EventParticipant> b) =>
        a.Count == b.Count && a.All(p => b.Any(q => Same(p, q)));

    static bool Same(EventParticipant p, EventParticipant q) =>
        (p.Entity != null && p.Entity == q.Entity) || string.Equals(p.Text, q.Text, StringComparison.OrdinalIgnoreCase);

    static void Absorb(EventRecord into, EventRecord other)
    {
        into.Mode ??= other.Mode;
        if (into.Type == "ASSAULT" && other.Mode is "explosives" or "suicide-attack" && into.Mode is not "suicide-attack") into.Mode = other.Mode;
        foreach (var c in other.Context) if (!into.Context.Contains(c)) into.Context.Add(c);
        into.Place ??= other.Place;
        if (into.Date is null or { FromPublished: true } && other.Date is { FromPublished: false }) into.Date = other.Date;
        into.Dead = CombineOptional(into.Dead, other.Dead);
        into.Injured = CombineOptional(into.Injured, other.Injured);
        into.Arrested = CombineOptional(into.Arrested, other.Arrested);
        into.Size = CombineOptional(into.Size, other.Size);
        into.Confidence = Math.Max(into.Confidence, other.Confidence);
        foreach (var (field, span) in other.Fields)
            if (!into.Fields.ContainsKey(field)) into.Fields[field] = span;
            else if (field is "trigger") into.Fields.TryAdd("trigger_2", span);
    }

    static EventCount? CombineOptional(EventCount? a, EventCount? b) => b is null ? a : Combine(a, b);

    /// <summary>Two reports of one count: the first stays best, low and high span every report.</summary>
    public static EventCount Combine(EventCount? a, EventCount b)
    {
        if (a is null) return b;
        int low = Math.Min(a.Low ?? a.Best, b.Low ?? b.Best), high = Math.Max(a.High ?? a.Best, b.High ?? b.Best);
        return new EventCount(a.Best, low == a.Best && a.Low is null ? null : low, high == a.Best && a.High is null ? null : high);
    }
}
