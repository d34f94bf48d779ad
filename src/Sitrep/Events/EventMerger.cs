using Sitrep.Documents;
using Sitrep.Places.Geometry;

namespace Sitrep.Events;

/// <summary>
/// One event per happening in a document. Two tellings are one happening when nothing in them disagrees (type; status
/// both factual or both unrealised; dates; places within <see cref="SamePlaceKm"/>; actors and recipients) and something
/// ties them: the later one refers back ("the blast", "the bombing"), names nobody (no actors or recipients: it adds
/// nothing a fuller telling lacks), names nobody new in the next segment ("He died of wounds…"), or names the same
/// recipients, or the same actors at the same place. The fuller telling is kept; the other fills its gaps and adds its
/// trigger as further evidence (trigger_2, trigger_3…); counts keep their range (low/high) when tellings differ.
/// </summary>
internal static class EventMerger
{
    const double SamePlaceKm = 50;

    public static List<CodedEvent> Merge(List<CodedEvent> events)
    {
        var kept = new List<CodedEvent>();
        foreach (var e in events)
        {
            int into = Antecedent(kept, e);
            if (into < 0) { kept.Add(e); continue; }
            var (first, later) = (kept[into], e);
            // The fuller telling carries the event; the other is evidence.
            if (Participants(later.Record) > Participants(first.Record) && first.Record.Status == later.Record.Status) (first, later) = (later, first);
            Absorb(first.Record, later.Record, sameText: true);
            kept[into] = first;
        }
        return kept;
    }

    /// <summary>
    /// Folds events read from image captions into the text's events they retell (a caption's evidence points into the
    /// caption, so only the caption's facts are kept, not its spans). Returns the caption events that tell something new.
    /// </summary>
    public static List<EventRecord> FoldCaptionEvents(List<EventRecord> textEvents, IEnumerable<EventRecord> captionEvents)
    {
        var added = new List<EventRecord>();
        foreach (var c in captionEvents)
        {
            var into = textEvents.LastOrDefault(t => RetoldInCaption(t, c));
            if (into is null) added.Add(c);
            else Absorb(into, c, sameText: false);
        }
        return added;
    }

    /// <summary>
    /// The kept event <paramref name="e"/> retells, or -1. What refers back ("the blast") refers to a happening told before,
    /// not to another event of its own sentence; among several that fit, the one at the same place (then of the same mode)
    /// wins, then the latest.
    /// </summary>
    static int Antecedent(List<CodedEvent> kept, CodedEvent e)
    {
        int best = -1, bestScore = -1;
        for (int k = 0; k < kept.Count; k++)
        {
            var c = kept[k];
            if ((e.RefersBack && c.Segment == e.Segment) || !SameHappening(c.Record, c.Segment, e.Record, e.Segment, e.RefersBack)) continue;
            int score = (c.Record.Place is { } p && e.Record.Place is { } q && SamePlace(p, q) ? 2 : 0)
                + (c.Record.Mode != null && c.Record.Mode == e.Record.Mode ? 1 : 0);
            if (score >= bestScore) (best, bestScore) = (k, score);
        }
        return best;
    }

    static int Participants(EventRecord r) => r.Actors.Count + r.Recipients.Count;

    /// <summary>A caption retells a text event when nothing disagrees and they share a participant (or one names none).</summary>
    static bool RetoldInCaption(EventRecord text, EventRecord caption) =>
        Compatible(text, caption) && (Participants(text) == 0 || Participants(caption) == 0
            || Overlap(text.Actors, caption.Actors) || Overlap(text.Recipients, caption.Recipients));

    static bool SameHappening(EventRecord x, int segmentX, EventRecord y, int segmentY, bool refersBack)
    {
        if (!Compatible(x, y)) return false;
        bool sameSegment = segmentX == segmentY;
        bool empty = Participants(x) == 0 || Participants(y) == 0;
        if (refersBack || empty) return true;
        // "Chadian troops killed 384 Libyans and captured 48 in fighting near…": verbs of one sentence with the same
        // participants tell one happening.
        if (sameSegment) return Overlap(x.Actors, y.Actors) || Overlap(x.Recipients, y.Recipients);
        bool continuation = segmentY - segmentX == 1 && Fits(x.Actors, y.Actors) && Fits(x.Recipients, y.Recipients);
        bool retold = x.Recipients.Count > 0 && SameSet(x.Recipients, y.Recipients) && Fits(x.Actors, y.Actors);
        bool sameActorsThere = x.Actors.Count > 0 && Overlap(x.Actors, y.Actors) && x.Place != null && y.Place != null;
        return continuation || retold || sameActorsThere;
    }

    /// <summary>Nothing in the two tellings disagrees.</summary>
    static bool Compatible(EventRecord x, EventRecord y)
    {
        if (x.Type != y.Type || !StatusesAgree(x.Status, y.Status)) return false;
        if (x.Date is { } dx && y.Date is { } dy && !dx.Value.StartsWith(dy.Value, StringComparison.Ordinal) && !dy.Value.StartsWith(dx.Value, StringComparison.Ordinal)) return false;
        if (x.Place is { } px && y.Place is { } py && !SamePlace(px, py)) return false;
        if (x.Actors.Count > 0 && y.Actors.Count > 0 && !Overlap(x.Actors, y.Actors)) return false;
        if (x.Recipients.Count > 0 && y.Recipients.Count > 0 && !Overlap(x.Recipients, y.Recipients)) return false;
        // An attack and the answer to it: one side's actors are the other's recipients.
        return !(Overlap(x.Actors, y.Recipients) || Overlap(x.Recipients, y.Actors));
    }

    static bool StatusesAgree(string a, string b) => a == b || (Factual(a) && Factual(b)) || (Unrealised(a) && Unrealised(b));

    static bool Factual(string s) => s is EventStatus.Occurred or EventStatus.Ongoing or EventStatus.Reported;

    static bool Unrealised(string s) => s is EventStatus.Planned or EventStatus.Hypothetical;

    static bool SamePlace(EventPlace a, EventPlace b)
    {
        if (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase)) return true;
        if (a.Lat is not { } la || a.Lon is not { } lo || b.Lat is not { } lb || b.Lon is not { } lob) return false;
        return new GeoPoint(la, lo).DistanceKm(new GeoPoint(lb, lob)) <= Math.Max(SamePlaceKm, (a.RadiusKm ?? 0) + (b.RadiusKm ?? 0));
    }

    // The later telling adds nobody new: it names no one, or only participants the first already has.
    static bool Fits(List<EventParticipant> first, List<EventParticipant> later) =>
        later.Count == 0 || later.All(p => first.Any(q => Same(p, q)));

    static bool Overlap(List<EventParticipant> a, List<EventParticipant> b) => a.Any(p => b.Any(q => Same(p, q)));

    static bool SameSet(List<EventParticipant> a, List<EventParticipant> b) =>
        a.Count == b.Count && a.All(p => b.Any(q => Same(p, q)));

    /// <summary>The same participant: one entity, or one name, or one is the other's noun with modifiers ("the coalition", "U.S.-led coalition").</summary>
    static bool Same(EventParticipant p, EventParticipant q) =>
        (p.Entity != null && p.Entity == q.Entity) || SameName(p.Text, q.Text) || SameName(q.Text, p.Text);

    static bool SameName(string a, string b)
    {
        var bare = b.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? b[4..] : b;
        return a.Equals(bare, StringComparison.OrdinalIgnoreCase)
            || (a.Length > bare.Length && a.EndsWith(bare, StringComparison.OrdinalIgnoreCase) && a[a.Length - bare.Length - 1] is ' ' or '-');
    }

    /// <param name="sameText">Whether both were read from the same text, so the other's evidence spans can be kept.</param>
    static void Absorb(EventRecord into, EventRecord other, bool sameText)
    {
        into.Mode ??= other.Mode;
        if (into.Type == "ASSAULT" && other.Mode is "explosives" or "suicide-attack" && into.Mode is not "suicide-attack") into.Mode = other.Mode;
        if (into.Status == EventStatus.Occurred && other.Status == EventStatus.Ongoing) into.Status = EventStatus.Ongoing;
        foreach (var c in other.Context) if (!into.Context.Contains(c)) into.Context.Add(c);
        // "in northern El Salvador" and "in the province of Chalatenango": the finer place wins.
        bool finerPlace = other.Place != null && (into.Place is null || Fineness(other.Place) > Fineness(into.Place));
        if (finerPlace) into.Place = other.Place;
        if (into.Date is null or { FromPublished: true } && other.Date is { FromPublished: false }) into.Date = other.Date;
        if (into.Actors.Count == 0) into.Actors.AddRange(other.Actors);
        if (into.Recipients.Count == 0) into.Recipients.AddRange(other.Recipients);
        into.Dead = CombineOptional(into.Dead, other.Dead);
        into.Injured = CombineOptional(into.Injured, other.Injured);
        into.Arrested = CombineOptional(into.Arrested, other.Arrested);
        into.Size = CombineOptional(into.Size, other.Size);
        into.Confidence = Math.Max(into.Confidence, other.Confidence);
        if (!sameText) return;
        foreach (var (field, span) in other.Fields)
            if (!into.Fields.ContainsKey(field) || (finerPlace && field is "place" or "place_relative")) into.Fields[field] = span;
            else if (field is "trigger" || field.StartsWith("trigger_", StringComparison.Ordinal)) AddNumbered(into.Fields, "trigger", span);
    }

    /// <summary>How finely a place locates an event: a town or site, an admin area, a region, a country.</summary>
    /// <remarks>A place with no gazetteer feature but a small radius was placed by an offset ("45 km south of Mosul"): as fine as a town.</remarks>
    public static int Fineness(EventPlace p) => p.Feature switch
    {
        null when p.Lat is null => 0,
        null => p.RadiusKm is <= SiteRadiusKm ? 4 : 1,
        var f when f.StartsWith("A.PCL", StringComparison.Ordinal) => 1,
        var f when f.StartsWith("L.", StringComparison.Ordinal) || f.StartsWith("T.", StringComparison.Ordinal) => 2,
        var f when f.StartsWith("A.", StringComparison.Ordinal) => 3,
        _ => 4,
    };

    const double SiteRadiusKm = 25;

    static void AddNumbered(Dictionary<string, CharSpan> fields, string name, CharSpan span)
    {
        if (fields.ContainsValue(span)) return;
        int n = 2;
        while (fields.ContainsKey($"{name}_{n}")) n++;
        fields[$"{name}_{n}"] = span;
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
