using Sitrep.Documents;
using Sitrep.Events.Triggers;

namespace Sitrep.Events.Arguments;

/// <summary>Actors and recipients of one trigger.</summary>
/// <param name="TargetPlaces">Places named as targets beside the group attacked ("on Mosul against Islamic State"): the event's place, not a recipient.</param>
internal sealed record EventArguments(List<Candidate> Actors, List<Candidate> Recipients, List<Candidate>? TargetPlaces = null)
{
    public static EventArguments None => new([], []);
}

/// <summary>
/// Finds who did what to whom. With a dependency parse: nsubj (or obl:agent / "by" in passives) is the actor,
/// obj, nsubj:pass and obl "against/on/with/to" the recipient, climbing from a complement to the verb that governs
/// it. Without a parse: the nearest names left and right of the trigger within its clause, with passives flipped.
/// Coordinated names are kept together and each becomes its own participant.
/// </summary>
internal static class ArgumentFinder
{
    static readonly HashSet<string> BeForms = ["is", "are", "was", "were", "been", "being", "be", "get", "got"];
    static readonly HashSet<string> SpeechVerbs = ["said", "says", "say", "told", "announced", "declared", "reported", "stated", "added", "noted"];
    static readonly HashSet<string> RecipientCases = ["against", "on", "with", "to", "at", "upon", "into", "toward", "towards", "from", "of"];

    /// <param name="clauseToken">The verb whose clause the trigger belongs to (a light or control verb governing it, else the trigger head).</param>
    public static EventArguments Find(TokenView view, int start, int end, List<Candidate> candidates, TriggerMatch trigger, int clauseToken)
    {
        if (candidates.Count == 0) return EventArguments.None;
        var found = view.HasParse ? FromParse(view, candidates, trigger, clauseToken) : FromWindow(view, start, end, candidates, trigger, clauseToken);
        found.Recipients.RemoveAll(c => IsTown(view, c));
        // "Baghdad accused Washington": a capital may speak for its government, but a town never attacks or is attacked.
        if (MaterialTypes.Contains(trigger.Entry.Type)) found.Actors.RemoveAll(c => c.IsPlace && !IsState(view, c));
        return found;
    }

    static readonly HashSet<string> MaterialTypes = ["ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "PROTEST", "SANCTION", "COOPERATE"];

    /// <summary>
    /// A place that can act: a country (its gazetteer feature, else a country name the participant lexicon knows). Towns,
    /// regions and sites are where events happen, never who takes part in them.
    /// </summary>
    /// <summary>A place that is not a state, whether or not the entity stage typed it as one ("the village of Kafr Nabl").</summary>
    static bool IsTown(TokenView view, Candidate c)
    {
        if (c.IsPlace) return !IsState(view, c);
        if (c.Participant.Sector != null) return false;
        var doc = view.Doc;
        int s = doc.TokenStarts[c.StartToken], e = doc.TokenEnds[c.EndToken - 1];
        return doc.Places.Any(p => p.CaptionIndex is null && p.StartChar >= s && p.EndChar <= e && !(p.Feature?.StartsWith("A.PCL", StringComparison.Ordinal) ?? false))
            && !(ParticipantLexicon.Default.TryCountry(view.Chars(c.StartToken, c.EndToken).Slice(doc.Text), out var iso3) && iso3 != null);
    }

    static bool IsState(TokenView view, Candidate c)
    {
        var doc = view.Doc;
        int startChar = doc.TokenStarts[c.StartToken];
        foreach (var p in doc.Places)
            if (p.CaptionIndex is null && p.StartChar == startChar && p.Feature is { } f)
                return f.StartsWith("A.PCL", StringComparison.Ordinal);
        return ParticipantLexicon.Default.TryCountry(view.Chars(c.StartToken, c.EndToken).Slice(doc.Text), out var iso3) && iso3 != null;
    }

    static EventArguments FromParse(TokenView view, List<Candidate> candidates, TriggerMatch trigger, int clauseToken)
    {
        var actors = new List<Candidate>();
        var recipients = new List<Candidate>();
        int head = trigger.HeadToken;
        int subjectHost = SubjectHost(view, head, clauseToken);
        // "He died in the bombing", "was killed in an attack": the sufferer of the clause around an event noun is its recipient.
        bool sufferer = subjectHost == head ? trigger.Entry.PatientSubject : !IsVerbal(view, head) && view.Doc.Head[head] == subjectHost && SuffersSubject(view, subjectHost);
        foreach (var (child, rel) in SubjectSlots(view, subjectHost))
        {
            if (rel is "nsubj") Add(view, candidates, child, sufferer ? recipients : actors, subject: true);
            else if (rel is "nsubj:pass") Add(view, candidates, child, subjectHost == head || sufferer ? recipients : actors, subject: true);
            else if (rel is "obl:agent" || (rel is "obl" && view.CaseOf(child) == "by")) Add(view, candidates, child, actors, subject: true);
        }
        if (actors.Count == 0 && SpeakerOfPronoun(view, subjectHost) is { } speaker) Add(view, candidates, speaker, actors, subject: true);
        if (actors.Count == 0 && IntentionNoun(view, head) is { } intention)
            foreach (var child in view.Children![intention])
                if (view.Deprel(child) is "nmod:poss" or "compound" or "amod") Add(view, candidates, child, actors, subject: true);
        var opposed = new List<Candidate>();
        AddObjects(view, candidates, head, actors, recipients, opposed);
        // "gave $10 million in aid to Nepal", "imposed sanctions on Russia": the parser may hang the recipient on the thing given.
        if (recipients.Count == 0 && IsVerbal(view, head))
            foreach (var thing in view.Children![head])
                if (view.BaseDeprel(thing) is "obj" or "obl" && view.CaseOf(thing) is not ("by" or "after" or "before" or "since" or "during"))
                    foreach (var c in view.Children[thing])
                        if (view.BaseDeprel(c) is "nmod" && view.CaseOf(c) is "to" or "on" or "against" or "for" or "with") Add(view, candidates, c, recipients);
        // "an offensive to retake Mosul from ISIS": a purpose clause of the event noun names what it is aimed at.
        if (recipients.Count == 0 && !IsVerbal(view, head))
            foreach (var child in view.Children![head])
                if (view.BaseDeprel(child) is "acl" && IsVerbal(view, child)) AddObjects(view, candidates, child, actors, recipients, opposed);
        // "engaged in an offensive ... from ISIS": the opponent named by the verb that carries the event is the event's.
        if (Carrier(view, head, clauseToken) is var carrier && carrier != head)
            foreach (var child in view.Children![carrier])
                if (view.BaseDeprel(child) is "obl" && view.CaseOf(child) is "against" or "from")
                {
                    int before = recipients.Count;
                    Add(view, candidates, child, recipients);
                    for (int k = before; k < recipients.Count; k++) if (!recipients[k].IsPlace) opposed.Add(recipients[k]);
                }
        recipients.RemoveAll(r => actors.Contains(r));
        List<Candidate>? targetPlaces = null;
        if (ForceTypes.Contains(trigger.Entry.Type) && opposed.Any(recipients.Contains) && recipients.Any(r => r.IsPlace))
        {
            targetPlaces = [.. recipients.Where(r => r.IsPlace)];
            recipients.RemoveAll(r => r.IsPlace);
        }
        return new EventArguments(actors, recipients, targetPlaces);
    }

    /// <summary>
    /// Types whose recipient is the party attacked or coerced: when a group is named against or from ("retake Mosul from
    /// ISIS", "an offensive on Mosul against Islamic State"), the city beside it is where it happened.
    /// </summary>
    static readonly HashSet<string> ForceTypes = ["ASSAULT", "COERCE", "MOBILIZE", "THREATEN"];

    /// <summary>The verb that carries the trigger: its clause verb, or the verb whose obl/obj holds the event noun phrase it is in.</summary>
    static int Carrier(TokenView view, int head, int clauseToken)
    {
        if (clauseToken != head) return clauseToken;
        int t = head;
        for (int hop = 0; hop < 2; hop++)
        {
            int up = view.Doc.Head[t];
            if (up < 0 || view.BaseDeprel(t) is not ("acl" or "obl" or "obj" or "nmod")) return head;
            if (view.Doc.Upos[up] is Documents.UPos.VERB && hop > 0) return up;
            t = up;
        }
        return head;
    }

    static bool SuffersSubject(TokenView view, int verb)
    {
        if (view.Key[verb] is { } key && view.Lexicon.TryGetEntries(key, out var entries) && entries.Any(e => e.PatientSubject)) return true;
        foreach (var c in view.Children![verb])
            if (view.Deprel(c) is "aux:pass" or "nsubj:pass" && view.Key[verb] is { } k && view.Lexicon.TryGetEntries(k, out var es) && es.Any(e => e.Type == "ASSAULT"))
                return true;
        return false;
    }

    static readonly HashSet<string> ClimbRelations = ["xcomp", "obj", "obl", "conj", "advcl", "acl", "ccomp"];

    /// <summary>
    /// The verb whose subject is the trigger's actor: the trigger, or the verb it is a complement of ("ordered troops to
    /// attack", "launched an attack", "announced it was prepared to impose"). A complement with a subject of its own keeps
    /// it: in "Carter said the coalition will attack" the speaker only reports the event.
    /// </summary>
    static int SubjectHost(TokenView view, int head, int clauseToken)
    {
        int host = head;
        for (int guard = 0; guard < 4; guard++)
        {
            if (HasSubject(view, host)) break;
            int up = view.Doc.Head[host];
            var rel = view.BaseDeprel(host);
            if (up < 0 || !ClimbRelations.Contains(rel.ToString())) break;
            // "the militants will slow the assault", "Israel condemned the attack": the subject of a verb that only has
            // the event as its object (not a light verb lending it its clause) did not carry it out.
            if (host == head && !IsVerbal(view, head) && rel is "obj" && up != clauseToken) break;
            // The subject of a verb of saying or asking is its speaker, not the actor of what is said.
            if (up != clauseToken && IsSpeechVerb(view, up)) break;
            host = up;
        }
        if (clauseToken != head && !HasSubject(view, host)) host = clauseToken;
        return host;
    }

    static bool HasSubject(TokenView view, int host)
    {
        foreach (var (_, rel) in SubjectSlots(view, host))
            if (rel is "nsubj" or "nsubj:pass") return true;
        return false;
    }

    /// <summary>
    /// Subject and agent dependents of <paramref name="host"/>. A subject the parser hung on an adverb or auxiliary of
    /// the verb ("the coalition will “simultaneously” carry out") still counts.
    /// </summary>
    static IEnumerable<(int Child, string Rel)> SubjectSlots(TokenView view, int host)
    {
        bool subject = false;
        string? auxiliary = null;
        foreach (var child in view.Children![host])
        {
            if (view.Deprel(child) is not { } rel) continue;
            yield return (child, rel);
            subject |= rel is "nsubj" or "nsubj:pass";
            if (rel is "aux" or "aux:pass") auxiliary ??= rel;
            if (rel is "advmod" or "aux" && view.Doc.Upos[child] is Documents.UPos.ADV or Documents.UPos.AUX)
                foreach (var grand in view.Children[child])
                    if (view.Deprel(grand) is "nsubj" or "nsubj:pass" && grand < host) { subject = true; yield return (grand, view.Deprel(grand)!); }
        }
        if (!subject && auxiliary != null && MisparsedClauseSubject(view, host) is int misparsed)
            yield return (misparsed, auxiliary == "aux:pass" ? "nsubj:pass" : "nsubj");
    }

    static readonly HashSet<string> Subordinators = ["as", "while", "when", "whilst", "because", "although", "though", "after", "before", "since", "until", "once", "if"];

    /// <summary>
    /// "… come as Iraqi troops, Kurdish forces and militias are engaged in an offensive": a parser that reads the
    /// subordinator as a preposition hangs the clause's subject on the main verb as an oblique and the clause's verb as a
    /// conjunct. A conjunct verb with its own auxiliary but no subject takes that oblique back as its subject.
    /// </summary>
    static int? MisparsedClauseSubject(TokenView view, int verb)
    {
        if (view.BaseDeprel(verb) is not "conj" || view.Doc.Head[verb] is var up && up < 0) return null;
        int? found = null;
        foreach (var sibling in view.Children![up])
            if (sibling < verb && view.Deprel(sibling) is "obl" && view.Doc.Upos[sibling] is Documents.UPos.NOUN or Documents.UPos.PROPN or Documents.UPos.PRON
                && view.CaseOf(sibling) is { } marker && Subordinators.Contains(marker))
                found = sibling;
        return found;
    }

    /// <summary>
    /// "coalition plans to attack", "Iran's decision to retaliate": the noun right before the infinitive whose possessor or
    /// modifier says whose intention it is (the parser may hang the infinitive elsewhere).
    /// </summary>
    static int? IntentionNoun(TokenView view, int head)
    {
        if (head < 2 || view.Lower[head - 1] != "to" || view.Doc.Upos[head - 2] is not Documents.UPos.NOUN) return null;
        return head - 2;
    }

    /// <summary>"Syria says it will not accept": a pronoun subject of a reported clause is the speaker.</summary>
    static int? SpeakerOfPronoun(TokenView view, int host)
    {
        int pronoun = -1;
        foreach (var c in view.Children![host])
            if (view.Deprel(c) is "nsubj" or "expl" && view.Doc.Upos[c] == Documents.UPos.PRON && view.Lower[c] is "it" or "they" or "he" or "she" or "we") pronoun = c;
        if (pronoun < 0 || view.BaseDeprel(host) is not "ccomp" || view.Doc.Head[host] is var up && (up < 0 || !IsSpeechVerb(view, up))) return null;
        foreach (var c in view.Children[up])
            if (view.Deprel(c) is "nsubj") return c;
        return null;
    }

    /// <summary>Objects and prepositional targets of <paramref name="head"/>; a noun trigger's possessor or modifier is its actor.</summary>
    static void AddObjects(TokenView view, List<Candidate> candidates, int head, List<Candidate> actors, List<Candidate> recipients, List<Candidate> opposed)
    {
        foreach (var child in view.Children![head])
        {
            var rel = view.Deprel(child);
            if (rel is "obj" or "iobj") Add(view, candidates, child, recipients);
            else if (view.BaseDeprel(child) is "obl" or "nmod" && view.CaseOf(child) is { } c)
            {
                if (c == "by") Add(view, candidates, child, actors);
                else if (RecipientCases.Contains(c) && (recipients.Count == 0 || c is "against" or "from"))
                {
                    int before = recipients.Count;
                    Add(view, candidates, child, recipients);
                    if (c is "against" or "from")
                        for (int k = before; k < recipients.Count; k++) if (!recipients[k].IsPlace) opposed.Add(recipients[k]);
                }
            }
            else if (!IsVerbal(view, head) && rel is "nmod:poss" or "amod" or "compound")
            {
                // "U.S.-led airstrikes", "Saudi-backed raids": whoever leads or backs the operation carries it out.
                bool backer = NominalCore.IsBackerModifier(view.Lower[child]);
                bool place = !backer && candidates.Any(c => c.IsPlace && c.Overlaps(child, child + 1));
                int before = actors.Count;
                Add(view, candidates, child, place ? recipients : actors, backers: backer);
                if (backer && actors.Count == before && BackerCountry(view, child) is { } leader) actors.Add(leader);
            }
        }
    }

    /// <summary>A verb of saying or believing (say, tell, declare, claim, deny, think…).</summary>
    public static bool IsSpeechVerb(TokenView view, int token) =>
        view.Doc.Upos[token] is Documents.UPos.VERB && SpeechLemmas.Contains(view.Doc.Lemma.Length > token && view.Doc.Lemma[token] is { } l ? l.ToLowerInvariant() : view.Lower[token]);

    static readonly HashSet<string> SpeechLemmas = ["say", "tell", "announce", "declare", "report", "state", "add", "note", "claim", "insist",
        "stress", "warn", "explain", "confirm", "deny", "write", "tweet", "argue", "suggest", "believe", "think", "hope", "expect", "allege", "point", "admit", "acknowledge", "estimate",
        "said", "says", "told", "announced", "declared", "reported", "stated", "added", "noted", "claimed", "stressed", "warned"];

    static bool IsVerbal(TokenView view, int token) => view.Doc.Upos[token] is Documents.UPos.VERB or Documents.UPos.AUX;

    /// <summary>
    /// The candidates the dependent's noun phrase names (<see cref="NominalCore"/>); when its core names none, anything in
    /// its subtree ("the demonstration staged by students": the students).
    /// </summary>
    /// <param name="backers">Whether a backer modifier ("U.S.-led") counts: only when it modifies the event noun itself.</param>
    static void Add(TokenView view, List<Candidate> candidates, int dependent, List<Candidate> into, bool subject = false, bool backers = false)
    {
        var core = NominalCore.Of(view, dependent, candidates, subject);
        int before = into.Count;
        foreach (var c in candidates)
            if (!into.Contains(c) && core.Covers(c) && (backers || !NominalCore.OnlyBacker(view, c))) into.Add(AsActor(c, backers));
        if (into.Count > before) return;
        var (s, e) = view.Subtree(dependent);
        foreach (var c in candidates)
            if (c.Overlaps(s, e) && !into.Contains(c) && (backers || !NominalCore.OnlyBacker(view, c))) into.Add(AsActor(c, backers));
    }

    /// <summary>"U.S.-led", "Saudi-backed" with no entity inside: the country its first part names.</summary>
    static Candidate? BackerCountry(TokenView view, int token)
    {
        var text = view.Text(token, token + 1);
        int dash = text.LastIndexOf('-');
        if (dash <= 0 || !ParticipantLexicon.Default.TryCountry(text.AsSpan(0, dash), out var iso3) || iso3 is null) return null;
        return new Candidate(token, token + 1, new EventParticipant(null, text[..dash], iso3, null), false);
    }

    // A country named in a backer modifier acts as a state there, not as a place.
    static Candidate AsActor(Candidate c, bool backer) => backer && c.IsPlace ? c with { IsPlace = false } : c;

    static EventArguments FromWindow(TokenView view, int start, int end, List<Candidate> candidates, TriggerMatch trigger, int clauseToken)
    {
        bool noun = !trigger.Entry.IsVerb;
        bool passive = !noun && (trigger.Entry.PatientSubject || IsPassive(view, trigger.StartToken, start));
        var left = LeftOf(view, start, Math.Min(clauseToken, trigger.StartToken), candidates);
        var right = RightOf(view, trigger.EndToken, end, candidates, out var byAgent);
        if (noun && clauseToken == trigger.StartToken)
        {
            // A bare event noun: "the Israeli invasion", "the Mosul offensive", "an attack by X on Y".
            var before = candidates.Where(c => c.EndToken <= trigger.StartToken && c.EndToken >= trigger.StartToken - 2).ToList();
            var actors = byAgent ?? [.. before.Where(c => !c.IsPlace)];
            var recipients = right.Count > 0 ? right : [.. before.Where(c => c.IsPlace)];
            return new EventArguments(actors, [.. recipients.Except(actors)]);
        }
        if (passive) return new EventArguments(byAgent ?? [], left);
        return new EventArguments(left, [.. (byAgent is null ? right : right.Except(byAgent)).Except(left)]);
    }

    static bool IsPassive(TokenView view, int trigger, int start)
    {
        if (!view.Lower[trigger].EndsWith("ed", StringComparison.Ordinal) && view.Key[trigger] == view.Lower[trigger]) return false;
        for (int j = trigger - 1; j >= start && j >= trigger - 3; j--)
        {
            if (BeForms.Contains(view.Lower[j])) return true;
            if (view.Lower[j] is not ("not" or "also" or "reportedly" or "allegedly" or "been" or "n't")) return false;
        }
        return false;
    }

    /// <summary>The nearest names before <paramref name="before"/> in its clause, with everything coordinated with them.</summary>
    static List<Candidate> LeftOf(TokenView view, int start, int before, List<Candidate> candidates)
    {
        int k = candidates.FindLastIndex(c => c.EndToken <= before);
        while (k >= 0)
        {
            var c = candidates[k];
            bool blocked = false, speech = false;
            for (int j = c.EndToken; j < before; j++)
            {
                if (SpeechVerbs.Contains(view.Lower[j])) speech = true;
                else if (TokenView.IsClauseBreak(view.Lower[j]) && view.Lower[j] is not ("\"" or "“" or "”")) blocked = true;
            }
            if (blocked) return [];
            if (speech && c.EndToken + 1 < before && !char.IsLetter(view.Lower[c.EndToken][0])) { k--; continue; }
            var group = new List<Candidate> { c };
            for (int g = k - 1; g >= 0 && IsCoordinated(view, candidates[g], group[0]); g--) group.Insert(0, candidates[g]);
            return group;
        }
        return [];
    }

    /// <summary>The first names after the trigger in its clause; a "by" phrase comes back separately as the agent.</summary>
    static List<Candidate> RightOf(TokenView view, int after, int end, List<Candidate> candidates, out List<Candidate>? byAgent)
    {
        byAgent = null;
        var result = new List<Candidate>();
        int limit = Math.Min(end, after + 12);
        foreach (var c in candidates)
        {
            if (c.StartToken < after || c.StartToken >= limit) continue;
            bool blocked = false;
            for (int j = after; j < c.StartToken; j++)
                if (TokenView.IsClauseBreak(view.Lower[j]) || SpeechVerbs.Contains(view.Lower[j])) blocked = true;
            if (blocked) break;
            bool by = c.StartToken > 0 && view.Lower[c.StartToken - 1] == "by";
            if (by && byAgent is null) { byAgent = [c]; continue; }
            if (result.Count == 0 || IsCoordinated(view, result[^1], c)) result.Add(c);
            else if (result.Count > 0) break;
        }
        return result;
    }

    static bool IsCoordinated(TokenView view, Candidate first, Candidate second)
    {
        if (first.EndToken > second.StartToken || second.StartToken - first.EndToken > 2) return false;
        for (int j = first.EndToken; j < second.StartToken; j++)
            if (view.Lower[j] is not ("and" or "or" or "," or "nor" or "&")) return false;
        return second.StartToken > first.EndToken;
    }
}
