using Sitrep.Documents;
using Sitrep.Events.Arguments;

namespace Sitrep.Events.Anchoring;

/// <summary>The event's place and the spans it was read from (the place, and a relative position when one was used).</summary>
internal sealed record AttachedPlace(EventPlace Place, CharSpan Evidence, CharSpan? RelativeEvidence);

/// <summary>
/// The place of an event, from the most to the least direct: with a parse, a place in a locative obl/nmod of the trigger
/// ("in/at/near/outside … X", "in the town of X"); the object of a movement or visit verb ("visited Erbil", before any
/// "in" phrase); a city named beside the group attacked ("on Mosul against Islamic State"); a locative of the verb whose
/// clause the trigger is in; a place naming the operation ("the Mosul offensive", then only approximate); any other
/// place in the trigger's clause, then in the sentence. A place that only describes a person or sits in a relative clause
/// or apposition ("Finan, 34, of Anaheim") is never the event's place. Without a parse: the nearest place after a
/// locative in the trigger's clause, or its object. "near/outside/around X" makes the place approximate, and a place
/// named only by name borrows coordinates from a relative position right after it ("al-Shurah, some 45 km south of Mosul").
/// </summary>
internal static class PlaceAttacher
{
    static readonly HashSet<string> Locatives = ["in", "at", "near", "outside", "around", "inside", "across", "into", "of", "throughout", "towards", "toward", "from", "on"];
    static readonly HashSet<string> NearCases = ["near", "outside", "around", "towards", "toward"];
    static readonly HashSet<string> WhereCases = ["in", "at", "near", "inside", "outside", "around"];

    /// <summary>Verbs whose direct object is where the event happens.</summary>
    static readonly HashSet<string> PlaceObjectVerbs = ["visit", "tour", "enter", "reach", "storm", "capture", "seize", "retake", "recapture",
        "raid", "bomb", "shell", "besiege", "invade", "occupy", "overrun", "attack", "liberate", "surround", "encircle", "evacuate", "leave", "flee"];

    /// <summary>Uncertainty of "near X" and of an event placed only by the operation it belongs to ("the Mosul offensive").</summary>
    const double NearRadiusKm = 25, OperationRadiusKm = 50;

    public static AttachedPlace? Attach(TokenView view, int start, int end, int triggerHead, int clauseToken, List<Candidate>? targetPlaces = null, List<Candidate>? people = null)
    {
        var doc = view.Doc;
        if (doc.Places.Count == 0) return null;
        var inSegment = doc.Places.Where(p => p.CaptionIndex is null && p.StartChar >= doc.TokenStarts[start] && p.EndChar <= doc.TokenEnds[end - 1])
            .OrderBy(p => p.StartChar).ToList();
        if (inSegment.Count == 0) return null;
        if (view.HasParse && FromParse(view, inSegment, start, end, triggerHead, clauseToken, targetPlaces, people ?? []) is { } found)
            return WithRelative(view, found.Place, inSegment, found.Approximate);
        var chosen = FromWindow(view, inSegment, start, end, triggerHead, clauseToken);
        // The window never takes back what the parse rules out: a person's hometown.
        if (chosen != null && view.HasParse && DescribesPerson(view, doc.TokenAtOrAfter(chosen.StartChar), people ?? [])) chosen = null;
        return chosen is null ? null : WithRelative(view, chosen, inSegment, null);
    }

    static (Place Place, double? Approximate)? FromParse(TokenView view, List<Place> places, int start, int end, int head, int clauseToken,
        List<Candidate>? targetPlaces, List<Candidate> people)
    {
        var doc = view.Doc;
        var tokenOf = places.Select(p => doc.TokenAtOrAfter(p.StartChar)).ToArray();
        bool placeObject = view.Key[head] is { } key && PlaceObjectVerbs.Contains(key) && IsVerb(view, head);
        if (placeObject && InObject(view, places, tokenOf, head) is { } obj) return (obj, null);
        if (Locative(view, places, tokenOf, head, people) is { } direct) return direct;
        if (targetPlaces is { Count: > 0 })
            foreach (var c in targetPlaces)
                for (int k = 0; k < places.Count; k++)
                    if (c.Overlaps(tokenOf[k], tokenOf[k] + 1)) return (places[k], null);
        if (clauseToken != head && Locative(view, places, tokenOf, clauseToken, people) is { } clause) return clause;
        // "the Mosul offensive": the operation is around the place, not at it.
        if (!IsVerb(view, head))
            foreach (var c in view.Children![head])
                if (view.Deprel(c) is "compound" or "amod" or "nmod:poss" && At(places, tokenOf, c) is { } named) return (named, OperationRadiusKm);
        return Nearest(view, places, tokenOf, head, people, clauseToken, start, end);
    }

    /// <summary>The place named by the obj of <paramref name="verb"/> (its head or what it is made of), if any.</summary>
    static Place? InObject(TokenView view, List<Place> places, int[] tokenOf, int verb)
    {
        foreach (var c in view.Children![verb])
            if (view.Deprel(c) is "obj" && HeadPlace(view, places, tokenOf, c) is { } p) return p;
        return null;
    }

    static (Place, double?)? Locative(TokenView view, List<Place> places, int[] tokenOf, int host, List<Candidate> people)
    {
        foreach (var child in view.Children![host])
        {
            if (view.BaseDeprel(child) is not ("obl" or "nmod" or "advmod")) continue;
            if (view.CaseOf(child) is not { } c || !Locatives.Contains(c) || c == "of") continue;
            if (HeadPlace(view, places, tokenOf, child) is { } p) return (p, NearCases.Contains(c) ? NearRadiusKm : null);
        }
        return null;
    }

    /// <summary>The place a noun phrase names: its head, a compound or conjunct of it, or an "of" phrase ("the town of Samarra").</summary>
    static Place? HeadPlace(TokenView view, List<Place> places, int[] tokenOf, int nominal)
    {
        if (At(places, tokenOf, nominal) is { } p) return p;
        foreach (var c in view.Children![nominal])
        {
            var rel = view.Deprel(c);
            if (rel is "compound" or "flat" or "amod" && At(places, tokenOf, c) is { } q) return q;
            if (rel is "nmod" && view.CaseOf(c) == "of" && At(places, tokenOf, c) is { } r) return r;
        }
        return null;
    }

    static Place? At(List<Place> places, int[] tokenOf, int token)
    {
        for (int k = 0; k < places.Count; k++)
            if (tokenOf[k] == token) return places[k];
        return null;
    }

    /// <summary>The closest place in the trigger's clause, else in the sentence, that is not about a person.</summary>
    static (Place, double?)? Nearest(TokenView view, List<Place> places, int[] tokenOf, int head, List<Candidate> people, int clauseToken, int start, int end)
    {
        var (cs, ce) = view.Subtree(clauseToken);
        (Place, double?)? best = null;
        int bestScore = int.MaxValue;
        for (int k = 0; k < places.Count; k++)
        {
            int t = tokenOf[k];
            if (t < start || t >= end || !Reachable(view, t, people, out bool operation)) continue;
            bool inClause = t >= cs && t < ce && UnderClause(view, t, clauseToken);
            int score = Math.Abs(t - head) + (inClause ? 0 : 1000);
            if (score < bestScore) { bestScore = score; best = (places[k], operation ? OperationRadiusKm : null); }
        }
        return best;
    }

    static bool UnderClause(TokenView view, int token, int clauseToken)
    {
        for (int t = token, guard = 0; t >= 0 && guard < 64; t = view.Doc.Head[t], guard++)
            if (t == clauseToken) return true;
        return false;
    }

    /// <summary>
    /// Whether the place could be where an event happened: not inside a relative clause, an apposition or a modifier of a
    /// person on its way up the tree. <paramref name="operation"/>: it names an event noun ("the Mosul offensive").
    /// </summary>
    static bool Reachable(TokenView view, int token, List<Candidate> people, out bool operation)
    {
        var doc = view.Doc;
        operation = false;
        int t = token;
        for (int guard = 0; guard < 64; guard++)
        {
            int up = doc.Head[t];
            if (up < 0) return true;
            var rel = view.Deprel(t) ?? "";
            if (rel.StartsWith("acl", StringComparison.Ordinal) || rel is "appos") return false;
            // "a man from Leeds", "Finan of Anaheim": where a person comes from; "rebels in Aleppo" is where they are.
            if (view.BaseDeprel(t) is "nmod" or "compound" or "amod" && people.Any(p => p.Overlaps(up, up + 1)) && !(view.CaseOf(t) is { } c && WhereCases.Contains(c))) return false;
            if (t == token && rel is "compound" or "amod" or "nmod:poss" && view.StartsTrigger[up] && !IsVerb(view, up)) operation = true;
            t = up;
        }
        return true;
    }

    /// <summary>Whether the place hangs, as a modifier or apposition, on a person or group ("Finan, of Anaheim, California").</summary>
    static bool DescribesPerson(TokenView view, int token, List<Candidate> people)
    {
        for (int t = token, guard = 0; guard < 64 && view.Doc.Head[t] is var up && up >= 0; t = up, guard++)
        {
            if (view.BaseDeprel(t) is not ("nmod" or "appos" or "compound" or "amod" or "conj")) return false;
            if (people.Any(p => p.Overlaps(up, up + 1))) return true;
        }
        return false;
    }

    static bool IsVerb(TokenView view, int token) => view.Doc.Upos[token] is UPos.VERB;

    static Place? FromWindow(TokenView view, List<Place> places, int start, int end, int head, int clauseToken)
    {
        var doc = view.Doc;
        Place? best = null;
        int bestDistance = int.MaxValue;
        foreach (var p in places)
        {
            int t = doc.TokenAtOrAfter(p.StartChar);
            bool directObject = t > head && t - head <= 2 && (t - head == 1 || view.Lower[head + 1] == "the");
            if (t >= end || !(directObject || PrecededByLocative(view, start, t))) continue;
            int from = Math.Min(t, clauseToken), to = Math.Max(t, head);
            bool crosses = false;
            for (int j = from; j < to; j++)
                if (TokenView.IsClauseBreak(view.Lower[j]) && j != t) crosses = true;
            if (crosses) continue;
            int distance = t > head ? t - head : (clauseToken - t) * 2;
            if (distance < bestDistance && distance <= 24) { best = p; bestDistance = distance; }
        }
        return best;
    }

    static bool PrecededByLocative(TokenView view, int start, int token)
    {
        for (int j = token - 1; j >= start && j >= token - 4; j--)
        {
            if (Locatives.Contains(view.Lower[j])) return true;
            if (view.Lower[j] is "," or "." || TokenView.IsClauseBreak(view.Lower[j])) return false;
        }
        return false;
    }

    static AttachedPlace WithRelative(TokenView view, Place chosen, List<Place> places, double? nearRadiusKm)
    {
        var evidence = new CharSpan(chosen.StartChar, chosen.EndChar);
        if (chosen.Lat is null || chosen.Approximate)
        {
            var relative = places.FirstOrDefault(p => p != chosen && p.Approximate && p.Lat != null
                && p.StartChar >= chosen.EndChar && p.StartChar - chosen.EndChar <= 40);
            if (relative != null)
                return new AttachedPlace(new EventPlace(chosen.Name ?? chosen.Text, chosen.GeonameId, relative.Lat, relative.Lon, true, relative.RadiusKm) { Country = chosen.Country ?? relative.Country },
                    evidence, new CharSpan(relative.StartChar, relative.EndChar));
        }
        // "al-Shurah, some 45 kms south of Mosul": the Places stage already moved the name to the offset point; the phrase
        // up to its anchor is the evidence of that position.
        if (chosen.Approximate && chosen.Anchor is { } anchorText
            && places.FirstOrDefault(p => p != chosen && p.StartChar > chosen.EndChar && p.StartChar - chosen.EndChar <= 60 && p.Text == anchorText) is { } anchor)
        {
            var text = view.Doc.Text;
            int from = chosen.EndChar;
            while (from < anchor.StartChar && !char.IsLetterOrDigit(text[from])) from++;
            var relative = new CharSpan(from, anchor.EndChar);
            return new AttachedPlace(new EventPlace(chosen.Name ?? chosen.Text, chosen.GeonameId, chosen.Lat, chosen.Lon, true, chosen.RadiusKm)
                { Country = chosen.Country, Admin1 = chosen.Admin1, Admin1Code = chosen.Admin1Code, Feature = chosen.Feature }, evidence, relative);
        }
        bool approximate = chosen.Approximate || nearRadiusKm is not null;
        double? radius = nearRadiusKm is { } near ? Math.Max(near, chosen.RadiusKm ?? 0) : chosen.RadiusKm;
        return new AttachedPlace(new EventPlace(chosen.Name ?? chosen.Text, chosen.GeonameId, chosen.Lat, chosen.Lon, approximate, radius)
            { Country = chosen.Country, Admin1 = chosen.Admin1, Admin1Code = chosen.Admin1Code, Feature = chosen.Feature }, evidence, null);
    }
}
