using Sitrep.Documents;
using Sitrep.Time.Normalization;

namespace Sitrep.Events.Anchoring;

/// <summary>The event's date and the span it came from.</summary>
internal sealed record AttachedDate(EventDate Date, CharSpan Evidence);

/// <summary>
/// The timex governing the trigger's clause: with a parse, one whose head chain reaches the trigger or its clause
/// verb; without one, the nearest dated timex in the trigger's clause. None when the text dates nothing: the report date
/// is kept apart (<see cref="EventRecord.Reported"/>), so a planned event is never dated by its publication.
/// </summary>
internal static class DateAttacher
{
    public static AttachedDate? Attach(TokenView view, int start, int end, int triggerHead, int clauseToken)
    {
        var doc = view.Doc;
        var inSegment = doc.Timexes.Where(t => t.CaptionIndex is null && t.Type is "DATE" or "TIME" && TimexPeriods.Granularity(t.Value) != null
            && t.StartChar >= doc.TokenStarts[start] && t.EndChar <= doc.TokenEnds[end - 1]).ToList();
        var chosen = view.HasParse ? FromParse(view, inSegment, triggerHead, clauseToken) : null;
        chosen ??= FromWindow(view, inSegment, end, triggerHead, clauseToken);
        return chosen is null ? null
            : new AttachedDate(DateOf(chosen.Value, TimexPeriods.Granularity(chosen.Value)!), new CharSpan(chosen.StartChar, chosen.EndChar));
    }

    /// <summary>A day keeps only its date part ("2016-10-17T15:00" → 2016-10-17); coarser periods keep their value.</summary>
    static EventDate DateOf(string value, string precision) => new(precision == "day" ? value[..10] : value, precision);

    static Timex? FromParse(TokenView view, List<Timex> timexes, int head, int clauseToken)
    {
        var doc = view.Doc;
        foreach (var t in timexes)
        {
            var span = doc.SpanFromChars(t.StartChar, t.EndChar);
            for (int i = span.StartToken; i < span.EndToken; i++)
            {
                int h = doc.Head[i];
                if (h >= span.StartToken && h < span.EndToken) continue;
                for (int step = 0; step < 3 && h >= 0; step++, h = doc.Head[h])
                    if (h == head || h == clauseToken) return t;
            }
        }
        return null;
    }

    static Timex? FromWindow(TokenView view, List<Timex> timexes, int end, int head, int clauseToken)
    {
        var doc = view.Doc;
        Timex? best = null;
        int bestDistance = int.MaxValue;
        foreach (var t in timexes)
        {
            int tok = doc.TokenAtOrAfter(t.StartChar);
            int from = Math.Min(tok, clauseToken), to = Math.Max(tok, head);
            bool crosses = false;
            for (int j = from; j < to; j++)
                if (TokenView.IsClauseBreak(view.Lower[j])) crosses = true;
            if (crosses || tok >= end) continue;
            int distance = tok > head ? tok - head : clauseToken - tok + 1;
            if (distance < bestDistance) { best = t; bestDistance = distance; }
        }
        return best;
    }
}
