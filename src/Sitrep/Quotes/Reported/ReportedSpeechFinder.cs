using Sitrep.Documents;
using Sitrep.Quotes.Direct;
using Sitrep.Quotes.English;

namespace Sitrep.Quotes.Reported;

/// <summary>
/// Rules over tokens (and over the parse when present) that find a cue of speech, its source and
/// its content: "X said (that) ...", "..., X said.", "“...,” said X", "according to X, ...",
/// "X told reporters ...", "the newspaper points out: &lt;next paragraph&gt;".
/// </summary>
internal sealed class ReportedSpeechFinder(QuoteLexicon lexicon)
{
    readonly QuoteLexicon _lex = lexicon;

    public List<Attribution> Find(Doc doc, IReadOnlyList<QuotedSpan> quoted)
    {
        var t = new TokenText(doc);
        var sentences = ClauseSplitter.Sentences(t, _lex);
        var found = new List<Attribution>();
        for (int si = 0; si < sentences.Count; si++)
        {
            var (s, e) = sentences[si];
            for (int i = s; i < e;)
            {
                if (!TryCue(t, i, e, out int cueEnd, out bool according) || InsideQuote(quoted, doc.TokenStarts[i]))
                {
                    i++;
                    continue;
                }
                int cueStart = i;
                while (cueStart - 1 >= s && _lex.CueModifiers.Contains(t[cueStart - 1])) cueStart--;
                var attribution = according
                    ? According(t, quoted, cueStart, cueEnd, s, e)
                    : Verb(t, quoted, sentences, si, cueStart, cueEnd);
                if (attribution is not null) found.Add(attribution);
                i = cueEnd;
            }
        }
        return found;
    }

    bool TryCue(TokenText t, int i, int sentEnd, out int end, out bool according)
    {
        foreach (var phrase in _lex.CuePhrases)
        {
            int k = 0;
            while (k < phrase.Length && i + k < sentEnd && t[i + k].Equals(phrase[k], StringComparison.OrdinalIgnoreCase)) k++;
            if (k < phrase.Length) continue;
            end = i + k;
            according = t.Is(i, "according");
            return true;
        }
        according = false;
        end = i + 1;
        return _lex.CueVerbs.Contains(t[i]) && LooksVerbal(t, i);
    }

    /// <summary>"said" as a verb, not "the report" or "United States": the tag when present, else the neighbours.</summary>
    bool LooksVerbal(TokenText t, int i)
    {
        if (t.Tagged(i)) return t.Doc.Upos[i] is UPos.VERB;
        if (i > 0 && (_lex.Determiners.Contains(t[i - 1]) || t.Is(i - 1, "this") || t.Is(i - 1, "that") || t.Is(i - 1, "to"))) return false;
        return !t.IsCapitalised(i) || t.StartsParagraph(i) || t.IsSentenceEnd(i - 1);
    }

    static bool InsideQuote(IReadOnlyList<QuotedSpan> quoted, int offset)
    {
        foreach (var q in quoted)
            if (q.Depth == 0 && q.Span.Start < offset && offset < q.Span.End) return true;
        return false;
    }

    Attribution? Verb(TokenText t, IReadOnlyList<QuotedSpan> quoted, List<(int Start, int End)> sentences, int si, int cueStart, int cueEnd)
    {
        var (s, e) = sentences[si];
        int before = cueStart - 1;
        var parsed = SourcePhrase.FromParse(t.Doc, cueStart, cueEnd, s, e);
        (int Start, int End)? source = parsed;
        bool inverted = false;
        if (source is null)
        {
            // "“...,” said Carter" / ", said the ministry": the source follows the cue.
            bool afterBreak = before >= s && (t.IsPunct(before, ',') || t.IsQuoteMark(before));
            source = afterBreak ? SourcePhrase.StartingAt(t, _lex, cueEnd, e) : null;
            inverted = source is not null;
            source ??= SourcePhrase.EndingAt(t, _lex, before, s);
        }
        if (source is null) return null;
        var cue = t.Chars(cueStart, cueEnd);
        var src = t.Chars(source.Value.Start, source.Value.End);
        int leftEdge = Math.Min(source.Value.Start, cueStart);
        int rightEdge = Math.Max(source.Value.End, cueEnd);

        CharSpan? content;
        if (leftEdge - 1 >= s && (t.IsPunct(leftEdge - 1, ',') || t.IsQuoteMark(leftEdge - 1)) && (inverted || IsClauseEnd(t, rightEdge, e)))
            content = ContentBefore(t, quoted, s, leftEdge - 1);
        else
            content = ContentAfter(t, quoted, sentences, si, cueEnd, rightEdge);
        if (content is null) return null;
        double confidence = parsed is not null ? 0.8 : 0.7;
        return new Attribution(content.Value, cue, src, confidence);
    }

    static bool IsClauseEnd(TokenText t, int i, int sentEnd) =>
        i >= sentEnd || t.IsSentenceEnd(i) || t.IsPunct(i, ',') || t.IsPunct(i, ';') || t.IsQuoteMark(i) && i + 1 >= sentEnd;

    /// <summary>Content before ", X said": back to the sentence start, or the whole quote that ends there.</summary>
    static CharSpan? ContentBefore(TokenText t, IReadOnlyList<QuotedSpan> quoted, int sentStart, int last)
    {
        if (t.IsPunct(last, ',') && last - 1 >= sentStart) last--;
        int endChar = t.Doc.TokenEnds[last];
        foreach (var q in quoted)
            if (q.Depth == 0 && q.Span.End == endChar) return q.Span;
        if (last < sentStart) return null;
        int first = sentStart;
        return last >= first ? t.Chars(first, last + 1) : null;
    }

    /// <summary>Content after the cue (and its addressee): to the end of the sentence or of the quote it opens.</summary>
    CharSpan? ContentAfter(TokenText t, IReadOnlyList<QuotedSpan> quoted, List<(int Start, int End)> sentences, int si, int cueEnd, int from)
    {
        var (s, e) = sentences[si];
        int j = from;
        if (_lex.ObjectTaking.Contains(t[cueEnd - 1])) j = SkipAddressee(t, j, e);
        bool colon = t.IsPunct(j, ':');
        while (j < e && (t.IsPunct(j, ',') || t.IsPunct(j, ':'))) j++;
        if (j >= e)
        {
            // "The newspaper points out:" at the end of a paragraph introduces the next paragraph.
            if (!colon || si + 1 >= sentences.Count) return null;
            var (ns, _) = sentences[si + 1];
            int ne = ns;
            while (ne < t.Count && (ne == ns || !t.StartsParagraph(ne))) ne++;
            return ContentSpan(t, quoted, ns, ne);
        }
        int end = e;
        for (int k = j + 1; k < e - 1; k++)
            if (t.IsPunct(k, ',') && (t.Is(k + 1, "according") || IsAttributionTail(t, k + 1, e)
                || _lex.CueVerbs.Contains(t[k + 1]) && t[k + 1].EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            { end = k; break; }
        return ContentSpan(t, quoted, j, end);
    }

    /// <summary>", the newspaper notes." / ", said Carter.": a source and a cue that close the sentence.</summary>
    bool IsAttributionTail(TokenText t, int from, int sentEnd)
    {
        for (int c = from; c < Math.Min(sentEnd, from + 10); c++)
        {
            if (!_lex.CueVerbs.Contains(t[c])) continue;
            if (c == from) return SourcePhrase.StartingAt(t, _lex, c + 1, sentEnd) is { } after && IsClauseEnd(t, after.End, sentEnd);
            return SourcePhrase.EndingAt(t, _lex, c - 1, from) is { } before && before.Start == from && IsClauseEnd(t, c + 1, sentEnd);
        }
        return false;
    }

    /// <summary>Tokens [start, end) as content: the final stop dropped unless inside the quote that the content opens.</summary>
    static CharSpan? ContentSpan(TokenText t, IReadOnlyList<QuotedSpan> quoted, int start, int end)
    {
        if (start >= end) return null;
        int startChar = t.Doc.TokenStarts[start];
        foreach (var q in quoted)
            if (q.Depth == 0 && q.Span.Start == startChar && q.Span.End >= t.Doc.TokenEnds[end - 1] - 1) return q.Span;
        while (end - 1 > start && (t.IsSentenceEnd(end - 1) || t.IsPunct(end - 1, ',') || t.IsPunct(end - 1, ';'))) end--;
        return t.Chars(start, end);
    }

    /// <summary>"told reporters that" / "warned him to": the addressee is neither cue nor content.</summary>
    int SkipAddressee(TokenText t, int j, int sentEnd)
    {
        if (j >= sentEnd || t.Is(j, "that") || t.IsQuoteMark(j) || !t.IsWord(j)) return j;
        if (_lex.ObjectWords.Contains(t[j])) return j + 1;
        for (int k = j; k < Math.Min(sentEnd, j + 4); k++)
            if (t.Is(k, "that") || t.IsPunct(k, ',') || t.IsPunct(k, ':') || t.IsQuoteMark(k) || t.Is(k, "to")) return k;
        return j;
    }

    Attribution? According(TokenText t, IReadOnlyList<QuotedSpan> quoted, int cueStart, int cueEnd, int s, int e)
    {
        var source = SourcePhrase.StartingAt(t, _lex, cueEnd, e);
        if (source is null) return null;
        var (srcStart, srcEnd) = source.Value;
        CharSpan? content;
        if (cueStart == s || t.IsSentenceEnd(cueStart - 1))
        {
            int j = srcEnd;
            while (j < e && !t.IsPunct(j, ',')) j++;
            content = ContentSpan(t, quoted, j + 1, e);
        }
        else content = ContentBefore(t, quoted, s, cueStart - 1);
        return content is null ? null : new Attribution(content.Value, t.Chars(cueStart, cueEnd), t.Chars(srcStart, srcEnd), 0.75);
    }
}
