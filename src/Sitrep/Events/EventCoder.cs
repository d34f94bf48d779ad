using Sitrep.Documents;
using Sitrep.Events.Anchoring;
using Sitrep.Events.Arguments;
using Sitrep.Events.Attribution;
using Sitrep.Events.Cameo;
using Sitrep.Events.Counts;
using Sitrep.Events.Plover;
using Sitrep.Events.Status;
using Sitrep.Events.Triggers;

namespace Sitrep.Events;

/// <summary>
/// Codes the events of one document, segment by segment: find triggers, let light verbs lend their clause to their
/// object and control verbs swallow their complement, then read status, arguments, place, date, mode and counts,
/// merge events told twice, and map each to CAMEO. Immutable and thread-safe.
/// </summary>
internal sealed class EventCoder(TriggerLexicon lexicon)
{
    const int ComplementWindow = 8;

    readonly ParticipantLexicon _participants = ParticipantLexicon.Default;
    readonly StatusClassifier _status = StatusClassifier.Default;
    readonly CountReader _counts = CountReader.Default;
    readonly WordCues _cues = WordCues.Default;
    readonly CameoMapper _cameo = CameoMapper.Default;
    readonly PloverOntology _plover = PloverOntology.Default;

    public TriggerLexicon Lexicon => lexicon;

    public List<EventRecord> Code(Doc doc)
    {
        var view = new TokenView(doc, lexicon);
        var coded = new List<CodedEvent>();
        for (int s = 0; s < view.Segments.Count; s++)
        {
            var (start, end) = view.Segments[s];
            var triggers = lexicon.Find(view, start, end);
            if (triggers.Count == 0) continue;
            var candidates = CandidateFinder.Find(view, start, end, _participants);
            var inSegment = new List<CodedEvent>();
            foreach (var (trigger, clauseToken) in Resolve(view, triggers, start, end))
                inSegment.Add(CodeOne(view, s, start, end, trigger, clauseToken, candidates));
            if (view.HasParse) DropPurposeRepeats(view, inSegment);
            AssignCounts(_counts.Read(view, start, end), inSegment, view);
            coded.AddRange(inSegment);
        }
        var merged = EventMerger.Merge(coded);
        InheritPlaces(merged);
        var events = new List<EventRecord>(merged.Count);
        foreach (var e in merged)
        {
            var record = e.Record;
            record.Cameo = e.Trigger.Entry.Cameo
                ?? _cameo.Map(record.Type, record.Mode, record.Actors.FirstOrDefault()?.Sector, e.Trigger.Entry.Lemma);
            record.Id = $"E{events.Count + 1}";
            events.Add(record);
        }
        return events;
    }

    /// <summary>
    /// Pairs each trigger that codes an event with the verb whose clause it sits in. A light verb lends its clause to
    /// the next trigger; a control verb swallows its complement ("threatened to cut off aid"), and an event verb
    /// swallows an event noun that is its object ("lifted the curfew", "cancelled a planned visit").
    /// </summary>
    static List<(TriggerMatch Trigger, int ClauseToken)> Resolve(TokenView view, List<TriggerMatch> triggers, int start, int end)
    {
        var result = new List<(TriggerMatch, int)>();
        var clauseOf = new Dictionary<int, int>();
        var swallowed = new HashSet<int>();
        for (int k = 0; k < triggers.Count; k++)
        {
            var t = triggers[k];
            if (swallowed.Contains(k) || (!t.Entry.IsVerb && IsNaming(view, t.StartToken)) || NonEvents.IsNonEvent(view, t, end)) continue;
            int next = NextInClause(view, triggers, k, end);
            // "the advancing assault", "renewed fighting": a participle describing an event noun is part of that event.
            if (next >= 0 && triggers[next] is { Entry.IsVerb: false } noun && noun.StartToken == t.EndToken
                && view.Lower[t.EndToken - 1] is var w && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
                && t.StartToken > start && TokenView.NounMarkers.Contains(view.Lower[t.StartToken - 1])) continue;
            // "supporting the offensive", "joined the attack": taking part in an operation is that operation, not a second event.
            if (next >= 0 && t.Entry.IsVerb && t.Entry.Type is "SUPPORT" or "COOPERATE" && triggers[next] is { Entry: { IsVerb: false, Type: "ASSAULT" or "MOBILIZE" } }
                && IsDirectObject(view, t.EndToken, triggers[next].StartToken)) continue;
            if (next >= 0)
            {
                switch (t.Entry.Role)
                {
                    case TriggerRole.Light:
                        clauseOf[next] = clauseOf.GetValueOrDefault(k, t.StartToken);
                        break;
                    // "denied that its troops had shelled the village": the shelling is told, and negated; the denial itself is
                    // how it is told, not a second event.
                    case TriggerRole.Control when t.Entry.Lemma == "deny" && HasThatClause(view, t.EndToken, triggers[next].StartToken):
                        continue;
                    case TriggerRole.Control:
                        // The complement (and anything it governs in turn) is part of this event.
                        for (int c = next; c >= 0; c = triggers[c].Entry.Role == TriggerRole.Event ? -1 : NextInClause(view, triggers, c, end))
                            swallowed.Add(c);
                        break;
                    case TriggerRole.Event when t.Entry.IsVerb && !triggers[next].Entry.IsVerb && IsDirectObject(view, t.EndToken, triggers[next].StartToken):
                        swallowed.Add(next);
                        break;
                }
            }
            if (t.Entry.Role == TriggerRole.Light) continue;
            result.Add((t, clauseOf.GetValueOrDefault(k, t.StartToken)));
        }
        return MergeNeighbours(view, result);
    }

    static bool HasThatClause(TokenView view, int after, int trigger)
    {
        for (int j = after; j < trigger; j++)
            if (view.Lower[j] == "that") return true;
        return false;
    }

    /// <summary>"also known as a homemade bomb", "dubbed the Arab Spring": a noun there names a thing; it is no event.</summary>
    static bool IsNaming(TokenView view, int noun)
    {
        int j = noun - 1;
        while (j >= 0 && j >= noun - 3 && view.Lower[j] is "a" or "an" or "the" || (j >= 0 && view.Doc.Upos.Length > j && view.Doc.Upos[j] is UPos.ADJ)) j--;
        if (j < 0) return false;
        if (view.Lower[j] is "called" or "dubbed" or "nicknamed" or "named") return true;
        return view.Lower[j] == "as" && j > 0 && view.Lower[j - 1] is "known" or "referred" or "described" or "labelled" or "labeled";
    }

    /// <summary>A verb and an event noun of the same type close together tell one event ("killed in the attack"): keep the verb.</summary>
    static List<(TriggerMatch Trigger, int ClauseToken)> MergeNeighbours(TokenView view, List<(TriggerMatch Trigger, int ClauseToken)> found)
    {
        for (int k = found.Count - 2; k >= 0; k--)
        {
            var (a, b) = (found[k].Trigger, found[k + 1].Trigger);
            if (a.Entry.Type != b.Entry.Type || b.StartToken - a.EndToken > 5 || (a.Entry.IsVerb && b.Entry.IsVerb)) continue;
            bool broken = false;
            for (int j = a.EndToken; j < b.StartToken; j++)
                broken |= TokenView.IsClauseBreak(view.Lower[j]) || view.Lower[j] is "," or "." or "and";
            if (!broken) found.RemoveAt(a.Entry.IsVerb ? k + 1 : k);
        }
        return found;
    }

    // Only determiners, adjectives and numbers between a verb and the noun: "lifted the nightly curfew".
    static bool IsDirectObject(TokenView view, int after, int noun)
    {
        if (noun - after > 4) return false;
        for (int j = after; j < noun; j++)
            if (view.StartsTrigger[j] || view.Lower[j] is "in" or "on" or "at" or "by" or "for" or "with" or "from" or "to" or "of" or "after" or "and" or "or") return false;
        return true;
    }

    static int NextInClause(TokenView view, List<TriggerMatch> triggers, int k, int end)
    {
        if (k + 1 >= triggers.Count) return -1;
        var next = triggers[k + 1];
        if (next.StartToken - triggers[k].EndToken > ComplementWindow) return -1;
        for (int j = triggers[k].EndToken; j < next.StartToken; j++)
            if (TokenView.IsClauseBreak(view.Lower[j]) || view.Lower[j] is "." or ",") return -1;
        return k + 1;
    }

    CodedEvent CodeOne(TokenView view, int segment, int start, int end, TriggerMatch trigger, int clauseToken, List<Candidate> candidates)
    {
        var entry = trigger.Entry;
        // "the advancing assault", "Saturday's blast": a definite event noun names a happening the text takes as given, so
        // only cues inside its own phrase ("the planned attack") set its status, not the clause around it.
        int opener = !entry.IsVerb && clauseToken == trigger.StartToken ? view.DefiniteOpener(trigger.StartToken, start) : -1;
        var cue = opener >= 0 ? _status.Classify(view, opener, end, clauseToken, trigger.EndToken)
            : _status.Classify(view, start, end, clauseToken, trigger.EndToken);
        if (opener < 0 && view.HasParse)
            cue = StatusClassifier.Stronger(StatusClassifier.Stronger(cue, StatusClassifier.Governing(view, trigger.HeadToken)), StatusClassifier.Carried(view, trigger.HeadToken));
        var (type, status) = Commitment(entry, cue);
        string? mode = type == entry.Type ? entry.Mode : null;
        (string Mode, int Token)? modeCue = null;
        if (type == entry.Type && (mode is null || type == "ASSAULT"))
        {
            modeCue = _cues.Mode(view, start, end, type, trigger.HeadToken);
            if (modeCue is { } mc && (mode is null || Specificity(mc.Mode) > Specificity(mode))) mode = mc.Mode;
            else modeCue = null;
        }
        if (mode != null && !_plover.IsMode(type, mode)) mode = null;

        var args = ArgumentFinder.Find(view, start, end, candidates, trigger, clauseToken);
        var record = new EventRecord
        {
            Id = "",
            Type = type,
            Mode = mode,
            Status = status.Status,
            Sentence = view.Chars(start, end),
            Confidence = Confidence(view, start, end, trigger, clauseToken, args),
        };
        record.Context.AddRange(_cues.Contexts(view, start, end));
        record.Fields["trigger"] = view.Chars(trigger.StartToken, trigger.EndToken);
        if (clauseToken != trigger.StartToken) record.Fields["clause_verb"] = view.Chars(clauseToken, clauseToken + 1);
        if (cue.HasEvidence) record.Fields[status.HasEvidence ? "status" : "negation"] = view.Chars(cue.StartToken, cue.EndToken);
        if (modeCue is { } mc2) record.Fields["mode"] = view.Chars(mc2.Token, mc2.Token + 1);
        AddParticipants(view, record.Actors, record.Fields, "actor", args.Actors);
        AddParticipants(view, record.Recipients, record.Fields, "recipient", args.Recipients);
        // "Japan gave aid", "Turkey agreed": a country acting is not where the event happened.
        if (PlaceAttacher.Attach(view, start, end, trigger.HeadToken, clauseToken, args.TargetPlaces, People(candidates)) is { } place
            && !args.Actors.Any(a => view.Chars(a.StartToken, a.EndToken) is var span && span.Start <= place.Evidence.Start && place.Evidence.End <= span.End))
        {
            record.Place = place.Place;
            record.Fields["place"] = place.Evidence;
            if (place.RelativeEvidence is { } rel) record.Fields["place_relative"] = rel;
        }
        if (DateAttacher.Attach(view, start, end, trigger.HeadToken, clauseToken) is { } date)
        {
            record.Date = date.Date;
            record.Fields["date"] = date.Evidence;
        }
        record.Reported = ReportDate(view.Doc);
        record.Source = SourceFinder.Find(view, trigger.HeadToken, clauseToken, candidates);
        return new CodedEvent(record, trigger, clauseToken, segment, opener >= 0 || RetoldByDefiniteNoun(view, start, trigger));
    }

    /// <summary>
    /// PLOVER codes a promise, a threat or a refusal, not the deed: a planned cooperative act is AGREE (a conditional
    /// one THREATEN), a planned coercive one (protest, sanction, coerce) is THREATEN, a negated cooperative one is
    /// REJECT; planned force keeps its type.
    /// </summary>
    (string Type, StatusCue Status) Commitment(TriggerEntry entry, StatusCue status)
    {
        if (entry.Role == TriggerRole.Light || !_plover.IsType(entry.Type)) return (entry.Type, status);
        bool cooperative = _plover.IsCooperative(entry.Type);
        if (status.Status == EventStatus.Negated)
            return cooperative ? ("REJECT", StatusCue.Occurred) : (entry.Type, status);
        if (entry.Role != TriggerRole.Event || status.Status is not (EventStatus.Planned or EventStatus.Hypothetical))
            return (entry.Type, status);
        bool conditional = status.Status == EventStatus.Hypothetical;
        if (cooperative && entry.Type is not ("AGREE" or "CONSULT"))
            return (conditional ? "THREATEN" : "AGREE", status);
        return (entry.Type is "PROTEST" or "SANCTION" or "COERCE" ? "THREATEN" : entry.Type, status);
    }

    static int Specificity(string mode) => mode switch { "suicide-attack" => 3, "explosives" or "aerial" or "drone" => 2, _ => 1 };

    static double Confidence(TokenView view, int start, int end, TriggerMatch trigger, int clauseToken, EventArguments args)
    {
        double c = 0.6 * trigger.Entry.Weight;
        for (int j = clauseToken - 1; j >= start; j--)
            if (TokenView.IsClauseBreak(view.Lower[j]))
            {
                if (view.Lower[j] is not (";" or ":" or "\"" or "“" or "”")) c *= 0.6;
                break;
            }
        c *= 1 - 0.2 * (clauseToken - start) / Math.Max(1, end - start);
        // A purpose or participle clause after another event ("staged rallies to demand", ", demanding") is secondary.
        if (clauseToken > start + 1 && (view.Lower[clauseToken - 1] == "to" || (view.Lower[clauseToken].EndsWith("ing", StringComparison.Ordinal) && view.Lower[clauseToken - 1] == ","))
            && HasEarlierTrigger(view, start, clauseToken - 1)) c *= 0.7;
        if (args.Actors.Count > 0) c += 0.1;
        if (args.Recipients.Count > 0) c += 0.05;
        if (view.HasParse && view.Doc.Head[trigger.HeadToken] < 0) c += 0.1;
        return Math.Clamp(c, 0.05, 1.0);
    }

    /// <summary>"The blast killed 12 people": a verb whose definite event noun of the same type was folded into it refers back too.</summary>
    static bool RetoldByDefiniteNoun(TokenView view, int start, TriggerMatch trigger)
    {
        if (!trigger.Entry.IsVerb) return false;
        for (int j = Math.Max(start, trigger.StartToken - 6); j < trigger.StartToken; j++)
            if (view.StartsTrigger[j] && view.Key[j] is { } key && view.Lexicon.TryGetEntries(key, out var entries)
                && entries.Any(e => !e.IsVerb && e.Type == trigger.Entry.Type) && view.DefiniteOpener(j, start) >= 0)
                return true;
        return false;
    }

    /// <summary>Candidates that name people or groups, not places: a place hanging on one describes it.</summary>
    static List<Candidate> People(List<Candidate> candidates) => candidates.Where(c => !c.IsPlace).ToList();

    static bool HasEarlierTrigger(TokenView view, int start, int before)
    {
        for (int j = start; j < before; j++)
            if (view.StartsTrigger[j]) return true;
        return false;
    }

    static void AddParticipants(TokenView view, List<EventParticipant> into, Dictionary<string, CharSpan> fields, string field, List<Candidate> found)
    {
        foreach (var c in found)
        {
            if (into.Any(p => p.Text == c.Participant.Text && p.Entity == c.Participant.Entity)) continue;
            fields[into.Count == 0 ? field : $"{field}_{into.Count + 1}"] = view.Chars(c.StartToken, c.EndToken);
            into.Add(c.Participant);
        }
    }

    /// <summary>
    /// "visited Erbil to discuss the offensive": a purpose clause of the same type as the event it hangs on is that event
    /// (its trigger kept as further evidence), not a second one.
    /// </summary>
    static void DropPurposeRepeats(TokenView view, List<CodedEvent> events)
    {
        for (int k = events.Count - 1; k >= 0; k--)
        {
            var e = events[k];
            int head = e.Trigger.HeadToken, up = view.Doc.Head[head];
            // A parser may read the purpose clause as a conjunct ("visited Erbil, capital of…, to discuss").
            if (up < 0 || view.BaseDeprel(head) is not ("advcl" or "xcomp" or "conj") || head == 0 || view.Lower[head - 1] != "to") continue;
            var host = events.FirstOrDefault(o => o != e && o.Record.Type == e.Record.Type && o.Trigger.HeadToken == up);
            if (host is null) continue;
            host.Record.Fields.TryAdd("trigger_2", e.Record.Fields["trigger"]);
            events.RemoveAt(k);
        }
    }

    /// <summary>Each count goes to the nearest event of a fitting type in its segment (dead and injured to ASSAULT first).</summary>
    static void AssignCounts(List<CountMention> counts, List<CodedEvent> events, TokenView view)
    {
        if (events.Count == 0) return;
        foreach (var m in counts)
        {
            string[] prefer = m.Kind switch
            {
                "dead" or "injured" => ["ASSAULT"],
                "arrested" => ["COERCE"],
                _ => ["MOBILIZE", "PROTEST", "ASSAULT"],
            };
            var pool = events.Where(e => prefer.Contains(e.Record.Type)).ToList();
            if (pool.Count == 0) pool = events;
            var target = pool.MinBy(e => Math.Abs(e.Trigger.HeadToken - m.CueToken))!;
            var record = target.Record;
            var field = m.Kind;
            switch (m.Kind)
            {
                case "dead": record.Dead = EventMerger.Combine(record.Dead, m.Count); break;
                case "injured": record.Injured = EventMerger.Combine(record.Injured, m.Count); break;
                case "arrested": record.Arrested = EventMerger.Combine(record.Arrested, m.Count); break;
                default: record.Size = EventMerger.Combine(record.Size, m.Count); break;
            }
            record.Fields.TryAdd(field, view.Chars(m.StartToken, m.EndToken));
        }
    }

    /// <summary>
    /// A news story keeps talking about the same place: an event whose own sentences name no place happened where the
    /// closest event told before it, within <see cref="PlaceCarrySegments"/> segments, happened. The place is then
    /// approximate, its evidence the earlier mention.
    /// </summary>
    static void InheritPlaces(List<CodedEvent> events)
    {
        foreach (var e in events)
        {
            if (e.Record.Place != null) continue;
            var from = events.Where(o => o.Record.Place != null && o.Segment < e.Segment && e.Segment - o.Segment <= PlaceCarrySegments)
                .MaxBy(o => o.Segment);
            if (from is null) continue;
            var place = from.Record.Place!;
            e.Record.Place = place with { Approximate = true, RadiusKm = Math.Max(place.RadiusKm ?? 0, InheritedPlaceRadiusKm) };
            if (from.Record.Fields.TryGetValue("place", out var evidence)) e.Record.Fields["place"] = evidence;
        }
    }

    const int PlaceCarrySegments = 3;
    const double InheritedPlaceRadiusKm = 25;

    /// <summary>The document's publication date (its day part), the report date every event keeps.</summary>
    static string? ReportDate(Doc doc) => doc.Info.Published?.Value is { } v ? (v.Length >= 10 && v[4] == '-' ? v[..10] : v) : null;
}

/// <summary>An event while coding: its record and where it came from.</summary>
/// <param name="RefersBack">Told as a happening already known ("the blast", "the bombing"): a retelling, when one fits.</param>
internal sealed record CodedEvent(EventRecord Record, TriggerMatch Trigger, int ClauseToken, int Segment, bool RefersBack = false);
