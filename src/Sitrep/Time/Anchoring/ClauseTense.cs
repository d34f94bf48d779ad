using Sitrep.Documents;
using Sitrep.Time.Normalization;
using Sitrep.Time.Recognition;

namespace Sitrep.Time.Anchoring;

/// <summary>The tense found for a time expression and the token that showed it (-1: none).</summary>
internal readonly record struct TenseCue(TimeDirection Direction, int Token);

/// <summary>
/// Which way a clause points in time. With a dependency parse (Head, Deprel, Xpos) the governing
/// verb and its auxiliaries decide; without one, the nearest tense-marking word in the sentence.
/// </summary>
internal sealed class ClauseTense(Doc doc)
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

    /// <summary>
    /// The tense of the predicate that governs tokens first..last: the finite verb right before the
    /// expression ("said Monday"), else the head chain. Participles and infinitives take their tense
    /// from the clause above them, except that an infinitive under a forward-looking word ("set to
    /// resume Monday", "is to resume", "ready to leave") points forward; past perfect points back.
    /// </summary>
    static TenseCue? FromParse(Doc doc, int first, int last)
    {
        if (!HasParse(doc, first)) return null;
        bool target = first > 0 && Lower(doc, first - 1) is "until" or "till" or "to" or "for" or "by";
        int v = VerbBefore(doc, first);
        if (v < 0)
        {
            int head = first;
            for (int k = first; k <= last; k++)
                if (doc.Head[k] < first || doc.Head[k] > last) { head = k; break; }
            v = doc.Head[head];
        }
        bool infinitive = false;
        for (int steps = 0; v >= 0 && steps < 12; steps++)
        {
            var p = Predicate(doc, v, target);
            if (p.Kind == PredicateKind.None) { v = doc.Head[v]; continue; }
            if (p.Kind == PredicateKind.Climb)
            {
                infinitive |= p.Infinitive;
                v = doc.Head[v];
                continue;
            }
            if (infinitive && p.Direction != TimeDirection.Future && !p.Perfect && ForwardWord(doc, v, infinitive: true, target))
                return new(TimeDirection.Future, v);
            return new(p.Direction, p.Token);
        }
        return null;
    }

    enum PredicateKind : byte { None, Climb, Tensed }

    readonly record struct PredicateTense(PredicateKind Kind, TimeDirection Direction = TimeDirection.Present, int Token = -1,
        bool Perfect = false, bool Copula = false, bool Infinitive = false);

    /// <summary>"said Monday", "met on Tuesday", "meet separately Monday": a verb just before the expression (past "on" and an adverb).</summary>
    static int VerbBefore(Doc doc, int first)
    {
        int k = first - 1;
        if (k >= 0 && Lower(doc, k) is "on" or "late" or "early") k--;
        if (k >= 0 && doc.Xpos[k] == "RB") k--;
        if (k < 0 || doc.SentenceIndexOf(k) != doc.SentenceIndexOf(first)) return -1;
        return doc.Xpos[k] is "VBD" or "VBZ" or "VBP" or "VBN" or "VB" && !IsAuxiliary(doc, k) ? k : -1;
    }

    static bool IsAuxiliary(Doc doc, int k) => doc.Deprel[k] is { } r && (r.StartsWith("aux", StringComparison.Ordinal) || r == "cop");

    static string Lower(Doc doc, int k) => doc.Text.Substring(doc.TokenStarts[k], doc.TokenEnds[k] - doc.TokenStarts[k]).ToLowerInvariant();

    /// <summary>What token v tells of the tense: nothing (not a predicate), climb to its head (participle, infinitive), or a tense.</summary>
    static PredicateTense Predicate(Doc doc, int v, bool target)
    {
        var lexicon = TimeLexicon.English;
        var sentence = doc.Sentence(doc.SentenceIndexOf(v));
        bool pastAux = false, presentAux = false, perfect = false, copula = false, to = false, hasAux = false;
        int auxToken = -1;
        for (int k = sentence.StartToken; k < sentence.EndToken; k++)
        {
            if (doc.Head[k] != v || doc.Deprel[k] is not { } rel) continue;
            if (rel == "mark" && Lower(doc, k) == "to")
            {
                // "set to resume Monday", "due to expire Friday", however the word before "to" was attached.
                if (k > 0 && ForwardWord(doc, k - 1, infinitive: true, target))
                    return HadBefore(doc, k - 1) is >= 0 and var had ? new(PredicateKind.Tensed, TimeDirection.Past, had, Perfect: true) : new(PredicateKind.Tensed, TimeDirection.Future, k - 1);
                to = true;
                continue;
            }
            bool cop = rel == "cop";
            if (!cop && !rel.StartsWith("aux", StringComparison.Ordinal)) continue;
            hasAux = true;
            copula |= cop;
            string word = Lower(doc, k);
            if (lexicon.Lookup(word)?.Tense == "future" || word is "'ll" or "wo") return new(PredicateKind.Tensed, TimeDirection.Future, k);
            if (doc.Xpos[k] == "MD") return new(PredicateKind.Tensed, TimeDirection.Present, k); // can, could, must, should
            if (word is "had" or "'d") { perfect = true; auxToken = k; }
            if (doc.Xpos[k] == "VBD") { pastAux = true; if (auxToken < 0) auxToken = k; }
            else if (doc.Xpos[k] is "VBZ" or "VBP") { presentAux = true; if (auxToken < 0) auxToken = k; }
        }
        if (perfect) return new(PredicateKind.Tensed, TimeDirection.Past, auxToken, Perfect: true);
        if (to && !hasAux) return new(PredicateKind.Climb, Infinitive: true);
        if (to && copula) return new(PredicateKind.Tensed, TimeDirection.Future, v); // "is to resume"
        string? xpos = doc.Xpos[v];
        bool verb = IsVerb(doc, v);
        if (!verb && !hasAux) return new(ForwardWord(doc, v, infinitive: false, target) ? PredicateKind.Tensed : PredicateKind.None, TimeDirection.Future, v);
        bool forward = ForwardWord(doc, v, infinitive: false, target);
        if (pastAux)
            return new(PredicateKind.Tensed, forward && xpos == "VBN" ? TimeDirection.Future : TimeDirection.Past, auxToken, Copula: copula);
        if (presentAux)
        {
            // "has visited" is past; "is expected", "is meeting" and "is ready" look from the present.
            if (forward) return new(PredicateKind.Tensed, TimeDirection.Future, v, Copula: copula);
            return new(PredicateKind.Tensed, xpos == "VBN" && !copula && IsHave(doc, auxToken) ? TimeDirection.Past : TimeDirection.Present, auxToken, Copula: copula);
        }
        if (forward && xpos is "VBD" or "VBZ" or "VBP" or "VBN") return new(PredicateKind.Tensed, TimeDirection.Future, v);
        return xpos switch
        {
            "VBD" => new(PredicateKind.Tensed, TimeDirection.Past, v),
            "VBZ" or "VBP" => new(PredicateKind.Tensed, TimeDirection.Present, v),
            "VBN" => new(PredicateKind.Tensed, TimeDirection.Past, v),   // "plucked from the sea Tuesday"
            "VBG" => new(PredicateKind.Climb),                           // "began delving Thursday"
            _ => new(PredicateKind.Climb),
        };
    }

    /// <summary>"had" among the three words before token k ("had been scheduled"), or -1.</summary>
    static int HadBefore(Doc doc, int k)
    {
        var sentence = doc.Sentence(doc.SentenceIndexOf(k));
        for (int j = k - 1; j >= sentence.StartToken && j >= k - 3; j--)
            if (Lower(doc, j) is "had" or "'d") return j;
        return -1;
    }

    static bool IsHave(Doc doc, int k) => k >= 0 && (doc.Lemma[k] is "have" || Lower(doc, k) is "has" or "have" or "'ve");

    /// <summary>A word that points its clause forward: "planned", "scheduled", "postponed", "due", "effective"; some only before an infinitive ("set to").</summary>
    static bool ForwardWord(Doc doc, int k, bool infinitive, bool target)
    {
        var word = TimeLexicon.English.Lookup(doc.Lemma[k] ?? Lower(doc, k));
        return word?.Forward is { } f && (f == "always" || f == "to" && infinitive || f == "until" && target);
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
            // "had been due", "had been scheduled": past perfect, not a plan still ahead.
            if (tense == "future") return !IsModal(doc, k, span) && HadBefore(doc, k) >= 0 ? TimeDirection.Past : TimeDirection.Future;
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

    static bool IsModal(Doc doc, int k, ReadOnlySpan<char> word) =>
        doc.Xpos[k] == "MD" || word.Equals("will", StringComparison.OrdinalIgnoreCase) || word.Equals("would", StringComparison.OrdinalIgnoreCase)
        || word.Equals("may", StringComparison.OrdinalIgnoreCase) || word.Equals("might", StringComparison.OrdinalIgnoreCase)
        || word.Equals("shall", StringComparison.OrdinalIgnoreCase) || word.Equals("going", StringComparison.OrdinalIgnoreCase);

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
