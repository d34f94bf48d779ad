using Sitrep.Documents;
using Sitrep.Quotes.English;
using Sitrep.Quotes.Reported;

namespace Sitrep.Quotes.Learned;

/// <summary>
/// Ties tagged spans into attributions: each cue takes the nearest source and the nearest content of
/// its paragraph (same sentence preferred, by token distance); content split around "he said" is
/// joined into one span. Tagged content that no cue claims is dropped (the quote-mark scanner still
/// reports quoted passages on its own).
/// </summary>
internal static class SpanGrouper
{
    public static List<Reported.Attribution> Group(Doc doc, TaggerInput input, byte[] labels, QuoteLexicon lex)
    {
        var t = new TokenText(doc);
        var found = new List<Reported.Attribution>();
        var edges = SyntacticEdges.Of(doc);
        foreach (var (ps, pe) in input.Paragraphs)
        {
            var spans = SplitAtSentences(RoleLabels.Spans(labels.AsSpan(ps, pe - ps), ps), input);
            var claimed = new HashSet<int>();
            for (int c = 0; c < spans.Count; c++)
            {
                if (spans[c].Role != 2) continue;
                var cue = spans[c];
                int src = Nearest(spans, cue, 1, input);
                int con = Nearest(spans, cue, 3, input);
                if (con < 0) continue;
                var source = src >= 0 ? Widen(t, lex, input, spans[src], cue) : ((int Start, int End, int Role)?)null;
                if (edges is not null)
                    spans[con] = Closed(edges, input, spans[con], cue, source);
                var content = Chars(doc, spans[con]);
                claimed.Add(con);
                // "“A,” he said, “B.”": content on both sides of the cue is one (discontinuous) content.
                int other = OtherSide(spans, cue, con, src, input);
                if (other >= 0)
                {
                    var o = Chars(doc, spans[other]);
                    content = new CharSpan(Math.Min(content.Start, o.Start), Math.Max(content.End, o.End));
                    claimed.Add(other);
                }
                found.Add(new Reported.Attribution(content, Chars(doc, cue), source is { } s ? Chars(doc, s) : null, 0.8));
            }

        }
        return found;
    }

    static (int Start, int End, int Role) Closed(SyntacticEdges edges, TaggerInput input, (int Start, int End, int Role) content,
        (int Start, int End, int Role) cue, (int Start, int End, int Role)? source)
    {
        int sentStart = content.Start, sentEnd = content.End;
        while (sentStart > 0 && !input.SentenceStart[sentStart]) sentStart--;
        while (sentEnd < input.SentenceStart.Length && !input.SentenceStart[sentEnd]) sentEnd++;
        var attribution = source is { } s ? (Math.Min(s.Start, cue.Start), Math.Max(s.End, cue.End)) : (cue.Start, cue.End);
        var (start, end) = edges.CloseEnd(input, content.Start, content.End, sentStart, sentEnd, attribution);
        return (start, end, 3);
    }

    /// <summary>
    /// Content outside quote marks does not run over a sentence start: a tagged content span that does is
    /// cut there into one span per sentence, and each cue takes the piece nearest to it.
    /// </summary>
    static List<(int Start, int End, int Role)> SplitAtSentences(IEnumerable<(int Start, int End, int Role)> spans, TaggerInput input)
    {
        var result = new List<(int Start, int End, int Role)>();
        foreach (var span in spans)
        {
            int start = span.Start;
            if (span.Role == 3)
                for (int k = span.Start + 1; k < span.End; k++)
                    if (input.SentenceStart[k] && input.InQuote[k] is 0 or 2) { result.Add((start, k, 3)); start = k; }
            result.Add((start, span.End, span.Role));
        }
        return result;
    }

    /// <summary>The source widened to its name, never into the cue nor across a sentence start.</summary>
    static (int Start, int End, int Role) Widen(TokenText t, QuoteLexicon lex, TaggerInput input, (int Start, int End, int Role) source, (int Start, int End, int Role) cue)
    {
        int floor = source.Start;
        while (floor > 0 && !input.SentenceStart[floor] && !t.StartsParagraph(floor)) floor--;
        int ceiling = cue.Start >= source.End ? cue.Start : t.Count;
        var (start, end) = SourcePhrase.Widen(t, lex, source.Start, source.End, floor, ceiling);
        return (start, end, source.Role);
    }

    static CharSpan Chars(Doc doc, (int Start, int End, int Role) s) => new(doc.TokenStarts[s.Start], doc.TokenEnds[s.End - 1]);

    static int Nearest(List<(int Start, int End, int Role)> spans, (int Start, int End, int Role) cue, int role, TaggerInput input)
    {
        int best = -1, bestDistance = int.MaxValue;
        for (int k = 0; k < spans.Count; k++)
        {
            if (spans[k].Role != role) continue;
            int distance = spans[k].End <= cue.Start ? cue.Start - spans[k].End : spans[k].Start - cue.End;
            if (CrossesSentence(input, Math.Min(spans[k].Start, cue.Start), Math.Max(spans[k].End, cue.End) - 1)) distance += 1000;
            if (distance < bestDistance) { best = k; bestDistance = distance; }
        }
        return best;
    }

    static bool CrossesSentence(TaggerInput input, int from, int to)
    {
        for (int i = from + 1; i <= to; i++) if (input.SentenceStart[i]) return true;
        return false;
    }

    /// <summary>
    /// A content span on the far side of cue and source, adjacent to them (within two tokens), and in the
    /// same sentence unless both are quotations ("“A,” he said. “B.”").
    /// </summary>
    static int OtherSide(List<(int Start, int End, int Role)> spans, (int Start, int End, int Role) cue, int con, int src, TaggerInput input)
    {
        int lo = Math.Min(cue.Start, src >= 0 ? spans[src].Start : cue.Start);
        int hi = Math.Max(cue.End, src >= 0 ? spans[src].End : cue.End);
        bool contentBefore = spans[con].End <= lo;
        for (int k = 0; k < spans.Count; k++)
        {
            if (k == con || spans[k].Role != 3) continue;
            bool adjacent = contentBefore ? spans[k].Start >= hi && spans[k].Start - hi <= 2 : spans[k].End <= lo && lo - spans[k].End <= 2;
            if (!adjacent) continue;
            bool quotes = input.InQuote[spans[k].Start] == 2 && input.InQuote[spans[con].Start] == 2;
            if (quotes || !CrossesSentence(input, Math.Min(spans[k].Start, spans[con].Start), Math.Max(spans[k].End, spans[con].End) - 1)) return k;
        }
        return -1;
    }
}
