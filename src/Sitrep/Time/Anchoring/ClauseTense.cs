using Sitrep.Documents;
using Sitrep.Time.Normalization;
using Sitrep.Time.Recognition;

namespace Sitrep.Time.Anchoring;

/// <summary>The tense found for a time expression and the token that showed it (-1: none).</summary>
public readonly record struct TenseCue(TimeDirection Direction, int Token);

/// <summary>
/// Which way a clause points in time. With a dependency parse (Head, Deprel, Xpos) the governing
/// verb and its auxiliaries decide; without one, the nearest tense-marking word in the sentence.
/// </summary>
public sealed class ClauseTense(Doc doc)
{
    /// <summary>Per token: 0 not yet computed, 1 no cue, else 3 + direction (past 2, present 3, future 4).</summary>
    readonly sbyte[] _cues = new sbyte[doc.Count];

    /// <summary>One-off lookup; for many expressions in one document, keep an instance (it caches word cues).</summary>
    public static TenseCue Of(Doc doc, int startChar, int endChar) => new ClauseTense(doc).Find(startChar, endChar);

    public TenseCue Find(int startChar, int endChar)
    {
        if (doc.Count == 0) return new(TimeDirection.Present, -1);
        int first = doc.TokenAtOrAfter(startChar);
        if (first >= doc.Count) first = doc.Count - 1;
        int last = Math.Max(first, doc.TokenAtOrAfter(Math.Max(startChar, endChar - 1)));
        if (last >= doc.Count) last = doc.Count - 1;
        return FromParse(doc, first, last) ?? FromWords(doc, first, last);
    }

    static bool HasParse(Doc doc, int token) => doc.Deprel[token] is not null && doc.Xpos[token] is not null;

    static TenseCue? FromParse(Doc doc, int first, int last)
    {
        if (!HasParse(doc, first)) return null;
        int head = first;
        for (int k = first; k <= last; k++)
            if (doc.Head[k] < first || doc.Head[k] > last) { head = k; break; }
        int v = doc.Head[head];
        for (int steps = 0; v >= 0 && steps < 12 && !IsVerb(doc, v); steps++) v = doc.Head[v];
        if (v < 0 || !IsVerb(doc, v)) return null;
        var lexicon = TimeLexicon.English;
        var sentence = doc.Sentence(doc.SentenceIndexOf(v));
        TimeDirection? fromAux = null;
        int auxToken = -1;
        for (int k = sentence.StartToken; k < sentence.EndToken; k++)
        {
            if (doc.Head[k] != v || doc.Deprel[k] is not { } rel || !rel.StartsWith("aux", StringComparison.Ordinal)) continue;
            var word = lexicon.Lookup(doc.Text.AsSpan(doc.TokenStarts[k], doc.TokenEnds[k] - doc.TokenStarts[k]));
            if (word?.Tense == "future" || doc.Xpos[k] == "MD") return new(TimeDirection.Future, k);
            if (doc.Xpos[k] == "VBD") { fromAux = TimeDirection.Past; auxToken = k; }
            else if (fromAux is null && doc.Xpos[k] is "VBZ" or "VBP") { fromAux = TimeDirection.Present; auxToken = k; }
        }
        var xpos = doc.Xpos[v];
        if (xpos == "VBD") return new(TimeDirection.Past, v);
        if (xpos == "VBN" && fromAux is not null) return new(TimeDirection.Past, v); // has/had/was + participle
        if (fromAux is { } a) return new(a, auxToken);
        return xpos is "VBZ" or "VBP" or "VBG" ? new(TimeDirection.Present, v) : null;
    }

    static bool IsVerb(Doc doc, int k) => doc.Upos[k] is UPos.VERB or UPos.AUX || (doc.Xpos[k]?.StartsWith("VB", StringComparison.Ordinal) ?? false);

    /// <summary>
    /// The nearest tense-marking word in the sentence; a modal just before a verb makes it future.
    /// A sentence without one borrows from the next ones (then the previous): a split after an
    /// abbreviation ("Gen. Townsend … visited") must not lose the verb.
    /// </summary>
    TenseCue FromWords(Doc doc, int first, int last)
    {
        int index = doc.SentenceIndexOf(first);
        var cue = NearestCue(doc, doc.Sentence(index), first, last, CueWindow);
        for (int next = index + 1; cue.Token < 0 && next < doc.SentenceCount && next <= index + 3; next++)
            cue = NearestCue(doc, doc.Sentence(next), first, last, int.MaxValue / 2);
        if (cue.Token < 0 && index > 0) cue = NearestCue(doc, doc.Sentence(index - 1), first, last, int.MaxValue / 2);
        return cue;
    }

    /// <summary>Tokens searched on each side of the expression in its own sentence (a tense word further away rarely governs it).</summary>
    const int CueWindow = 20;

    TenseCue NearestCue(Doc doc, Span sentence, int first, int last, int window)
    {
        TenseCue best = new(TimeDirection.Present, -1);
        int bestDistance = int.MaxValue;
        int from = Math.Max(sentence.StartToken, first - window), to = Math.Min(sentence.EndToken, last + 1 + window);
        for (int k = from; k < to; k++)
        {
            if (k >= first && k <= last) continue;
            if (CachedCue(k) is not { } dir) continue;
            int distance = k < first ? first - k : (k - last) + 1; // a cue before the expression wins a tie
            if (distance < bestDistance) { bestDistance = distance; best = new(dir, k); }
        }
        return best;
    }

    TimeDirection? CachedCue(int k)
    {
        if (_cues[k] == 0) _cues[k] = Cue(doc, k) is { } d ? (sbyte)(3 + (int)d) : (sbyte)1;
        return _cues[k] == 1 ? null : (TimeDirection)(_cues[k] - 3);
    }

    static TimeDirection? Cue(Doc doc, int k)
    {
        var span = doc.Text.AsSpan(doc.TokenStarts[k], doc.TokenEnds[k] - doc.TokenStarts[k]);
        var word = TimeLexicon.English.Lookup(span);
        if (word?.Tense is { } tense)
        {
            if (tense == "future") return TimeDirection.Future;
            if (tense == "past") return TimeDirection.Past;
            if (Modal(doc, k)) return TimeDirection.Future;
            // "has visited" reads as past, "has" alone as present.
            if (k + 1 < doc.Count && IsPastForm(doc, k + 1)) return TimeDirection.Past;
            if (k + 2 < doc.Count && IsPastForm(doc, k + 2) && !IsPastForm(doc, k + 1)) return TimeDirection.Past;
            return TimeDirection.Present;
        }
        if (!IsPastForm(doc, k)) return null;
        if (k > 0 && doc.TokenEnds[k - 1] == doc.TokenStarts[k] && doc.Text[doc.TokenStarts[k] - 1] == '-') return null; // "U.S.-led"
        return Modal(doc, k) ? TimeDirection.Future : TimeDirection.Past;
    }

    /// <summary>A future modal ("will", "would", "may") in the two words before token k.</summary>
    static bool Modal(Doc doc, int k)
    {
        for (int j = k - 1; j >= 0 && j >= k - 2; j--)
        {
            var span = doc.Text.AsSpan(doc.TokenStarts[j], doc.TokenEnds[j] - doc.TokenStarts[j]);
            if (TimeLexicon.English.Lookup(span)?.Tense == "future") return true;
            if (span.Equals("to", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    static bool IsPastForm(Doc doc, int k)
    {
        if (doc.Xpos[k] is { } x) return x is "VBD" or "VBN";
        var span = doc.Text.AsSpan(doc.TokenStarts[k], doc.TokenEnds[k] - doc.TokenStarts[k]);
        var word = TimeLexicon.English.Lookup(span);
        if (word?.PastVerb == true) return true;
        return span.Length >= 4 && span.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(span[0]) && word?.NotPastEd != true;
    }
}
