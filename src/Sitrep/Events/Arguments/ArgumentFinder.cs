using Sitrep.Events.Triggers;

namespace Sitrep.Events.Arguments;

/// <summary>Actors and recipients of one trigger.</summary>
public sealed record EventArguments(List<Candidate> Actors, List<Candidate> Recipients)
{
    public static EventArguments None => new([], []);
}

/// <summary>
/// Finds who did what to whom. With a dependency parse: nsubj (or obl:agent / "by" in passives) is the actor,
/// obj, nsubj:pass and obl "against/on/with/to" the recipient, climbing from a complement to the verb that governs
/// it. Without a parse: the nearest names left and right of the trigger within its clause, with passives flipped.
/// Coordinated names are kept together and each becomes its own participant.
/// </summary>
public static class ArgumentFinder
{
    static readonly HashSet<string> BeForms = ["is", "are", "was", "were", "been", "being", "be", "get", "got"];
    static readonly HashSet<string> SpeechVerbs = ["said", "says", "say", "told", "announced", "declared", "reported", "stated", "added", "noted"];
    static readonly HashSet<string> RecipientCases = ["against", "on", "with", "to", "at", "upon", "into", "toward", "towards", "from", "of"];

    /// <param name="clauseToken">The verb whose clause the trigger belongs to (a light or control verb governing it, else the trigger head).</param>
    public static EventArguments Find(TokenView view, int start, int end, List<Candidate> candidates, TriggerMatch trigger, int clauseToken)
    {
        if (candidates.Count == 0) return EventArguments.None;
        return view.HasParse ? FromParse(view, candidates, trigger, clauseToken) : FromWindow(view, start, end, candidates, trigger, clauseToken);
    }

    static EventArguments FromParse(TokenView view, List<Candidate> candidates, TriggerMatch trigger, int clauseToken)
    {
        var actors = new List<Candidate>();
        var recipients = new List<Candidate>();
        int head = trigger.HeadToken;
        // Walk up from the trigger through complements (xcomp, obj of a light verb) to the clause that has the subject.
        int subjectHost = head;
        for (int guard = 0; guard < 4; guard++)
        {
            if (FindChild(view, subjectHost, "nsubj") >= 0 || FindChild(view, subjectHost, "nsubj:pass") >= 0) break;
            int up = view.Doc.Head[subjectHost];
            if (up < 0 || view.BaseDeprel(subjectHost) is not ("xcomp" or "obj" or "obl" or "conj" or "advcl" or "acl" or "ccomp")) break;
            subjectHost = up;
        }
        if (clauseToken != head && FindChild(view, subjectHost, "nsubj") < 0) subjectHost = clauseToken;
        foreach (var child in view.Children![subjectHost])
        {
            var rel = view.Deprel(child);
            if (rel is "nsubj") Add(view, candidates, child, subjectHost == head && trigger.Entry.PatientSubject ? recipients : actors);
            else if (rel is "nsubj:pass") Add(view, candidates, child, subjectHost == head ? recipients : actors);
            else if (rel is "obl:agent" || (rel is "obl" && view.CaseOf(child) == "by")) Add(view, candidates, child, actors);
        }
        foreach (var child in view.Children[head])
        {
            var rel = view.Deprel(child);
            if (rel is "obj" or "iobj") Add(view, candidates, child, recipients);
            else if (view.BaseDeprel(child) is "obl" or "nmod" && view.CaseOf(child) is { } c)
            {
                if (c == "by") Add(view, candidates, child, actors);
                else if (RecipientCases.Contains(c) && recipients.Count == 0) Add(view, candidates, child, recipients);
            }
            else if (!IsVerbal(view, head) && rel is "nmod:poss" or "amod" or "compound")
                Add(view, candidates, child, candidates.Any(c => c.IsPlace && c.Overlaps(child, child + 1)) ? recipients : actors);
        }
        recipients.RemoveAll(r => actors.Contains(r));
        return new EventArguments(actors, recipients);
    }

    static bool IsVerbal(TokenView view, int token) => view.Doc.Upos[token] is Documents.UPos.VERB or Documents.UPos.AUX;

    static int FindChild(TokenView view, int head, string rel)
    {
        foreach (var c in view.Children![head]) if (view.Deprel(c) == rel) return c;
        return -1;
    }

    static void Add(TokenView view, List<Candidate> candidates, int dependent, List<Candidate> into)
    {
        var (s, e) = view.Subtree(dependent);
        foreach (var c in candidates)
            if (c.Overlaps(s, e) && !into.Contains(c)) into.Add(c);
    }

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
