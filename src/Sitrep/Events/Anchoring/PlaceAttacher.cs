using Sitrep.Documents;

namespace Sitrep.Events.Anchoring;

/// <summary>The event's place and the spans it was read from (the place, and a relative position when one was used).</summary>
public sealed record AttachedPlace(EventPlace Place, CharSpan Evidence, CharSpan? RelativeEvidence);

/// <summary>
/// The place attached to the trigger: with a parse, a place inside an obl/nmod of the trigger (or of its clause verb)
/// introduced by "in/at/near/..."; without one, the nearest place after such a preposition in the trigger's clause,
/// or the place the trigger takes as its object ("visited Erbil", "shelled Juba").
/// A place named only by name borrows coordinates from a relative position right after it
/// ("al-Shurah, some 45 km south of Mosul").
/// </summary>
public static class PlaceAttacher
{
    static readonly HashSet<string> Locatives = ["in", "at", "near", "outside", "around", "inside", "across", "into", "of", "throughout", "towards", "toward", "from", "on"];

    public static AttachedPlace? Attach(TokenView view, int start, int end, int triggerHead, int clauseToken)
    {
        var doc = view.Doc;
        if (doc.Places.Count == 0) return null;
        var inSegment = doc.Places.Where(p => p.StartChar >= doc.TokenStarts[start] && p.EndChar <= doc.TokenEnds[end - 1])
            .OrderBy(p => p.StartChar).ToList();
        if (inSegment.Count == 0) return null;
        var chosen = view.HasParse ? FromParse(view, inSegment, triggerHead, clauseToken) : null;
        chosen ??= FromWindow(view, inSegment, start, end, triggerHead, clauseToken);
        return chosen is null ? null : WithRelative(view, chosen, inSegment);
    }

    static Place? FromParse(TokenView view, List<Place> places, int head, int clauseToken)
    {
        foreach (var host in head == clauseToken ? [head] : new[] { head, clauseToken })
            foreach (var child in view.Children![host])
            {
                if (view.BaseDeprel(child) is not ("obl" or "nmod" or "advmod")) continue;
                if (view.CaseOf(child) is not { } c || !Locatives.Contains(c)) continue;
                var (s, e) = view.Subtree(child);
                var span = view.Chars(s, e);
                if (places.FirstOrDefault(p => span.Contains(p.StartChar)) is { } p) return p;
            }
        return null;
    }

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

    static AttachedPlace WithRelative(TokenView view, Place chosen, List<Place> places)
    {
        var evidence = new CharSpan(chosen.StartChar, chosen.EndChar);
        if (chosen.Lat is null || chosen.Approximate)
        {
            var relative = places.FirstOrDefault(p => p != chosen && p.Approximate && p.Lat != null
                && p.StartChar >= chosen.EndChar && p.StartChar - chosen.EndChar <= 40);
            if (relative != null)
                return new AttachedPlace(new EventPlace(chosen.Name ?? chosen.Text, chosen.GeonameId, relative.Lat, relative.Lon, true, relative.RadiusKm),
                    evidence, new CharSpan(relative.StartChar, relative.EndChar));
        }
        return new AttachedPlace(new EventPlace(chosen.Name ?? chosen.Text, chosen.GeonameId, chosen.Lat, chosen.Lon, chosen.Approximate, chosen.RadiusKm), evidence, null);
    }
}
