using Sitrep.Documents;
using Sitrep.Quotes.English;

namespace Sitrep.Quotes.Reported;

/// <summary>
/// The noun phrase that names who speaks, next to a cue: from the dependency parse when present
/// (the cue's nsubj subtree), else from word shapes (a pronoun, a capitalised name with its title,
/// or a determiner phrase headed by a source noun such as "officials" or "the newspaper").
/// </summary>
internal static class SourcePhrase
{
    /// <summary>The subject subtree of the cue verb, from the parse; null without a parse.</summary>
    public static (int Start, int End)? FromParse(Doc doc, int cueStart, int cueEnd, int sentStart, int sentEnd)
    {
        if (doc.Deprel.Length == 0) return null;
        for (int k = sentStart; k < sentEnd; k++)
        {
            int head = doc.Head[k];
            if (head < cueStart || head >= cueEnd || doc.Deprel[k] is not { } rel || !rel.StartsWith("nsubj", StringComparison.Ordinal))
                continue;
            int lo = k, hi = k;
            for (int m = sentStart; m < sentEnd; m++)
                if (Dominates(doc, k, m, sentEnd - sentStart)) { lo = Math.Min(lo, m); hi = Math.Max(hi, m); }
            return (lo, hi + 1);
        }
        return null;
    }

    static bool Dominates(Doc doc, int ancestor, int m, int maxDepth)
    {
        for (int steps = 0; m >= 0 && steps <= maxDepth; steps++, m = doc.Head[m])
            if (m == ancestor) return true;
        return false;
    }

    /// <summary>A source ending at token <paramref name="last"/> (inclusive), not before <paramref name="floor"/>.</summary>
    public static (int Start, int End)? EndingAt(TokenText t, QuoteLexicon lex, int last, int floor)
    {
        if (last < floor || !t.IsWord(last)) return null;
        if (lex.IsSourcePronoun(t[last])) return (last, last + 1);
        if (!IsHead(t, lex, last)) return null;
        int j = last, modifiers = 0;
        while (j - 1 >= floor)
        {
            int p = j - 1;
            if (IsNamePart(t, lex, p) || IsJoiner(t, lex, p) && p - 1 >= floor && IsNamePart(t, lex, p - 1)) { j = p; continue; }
            if (IsPossessive(t, p) && p - 2 >= floor && IsNamePart(t, lex, p - 2)) { j = p - 1; continue; }
            if (lex.SourceNouns.Contains(t[last]) && t.IsWord(p) && !t.IsCapitalised(p) && modifiers < 2
                && !lex.Determiners.Contains(t[p]) && !lex.CueVerbs.Contains(t[p]) && !lex.CueModifiers.Contains(t[p]) && !IsClauseWord(t, p))
            { j = p; modifiers++; continue; }
            break;
        }
        if (j - 1 >= floor && lex.Determiners.Contains(t[j - 1])) j--;
        return (j, last + 1);
    }

    /// <summary>A source starting at token <paramref name="first"/>, before <paramref name="ceiling"/>.</summary>
    public static (int Start, int End)? StartingAt(TokenText t, QuoteLexicon lex, int first, int ceiling)
    {
        if (first >= ceiling || !t.IsWord(first)) return null;
        if (lex.IsSourcePronoun(t[first])) return (first, first + 1);
        int j = first;
        if (lex.Determiners.Contains(t[j])) j++;
        int lastHead = -1, words = 0;
        while (j < ceiling && words < 8)
        {
            if (IsHead(t, lex, j) || lex.Titles.Contains(t[j])) { lastHead = j; j++; words++; continue; }
            if (IsJoiner(t, lex, j) && j + 1 < ceiling && IsNamePart(t, lex, j + 1) && j > first) { j++; continue; }
            if (IsPossessive(t, j) && j > first) { j += 2; continue; }
            if (t.IsWord(j) && !t.IsCapitalised(j) && j + 1 < ceiling && words < 3 && !lex.CueVerbs.Contains(t[j]) && !IsClauseWord(t, j)) { j++; words++; continue; }
            break;
        }
        return lastHead < 0 ? null : (first, lastHead + 1);
    }

    /// <summary>
    /// Widens a tagged source to whole-name boundaries: left over name parts, titles, possessives
    /// and one determiner ("The Trump campaign", "Donald Trump’s campaign"); right over the rest of a
    /// name when the span stops on a determiner, title or joiner ("The" → "The White House").
    /// </summary>
    public static (int Start, int End) Widen(TokenText t, QuoteLexicon lex, int start, int end, int floor, int ceiling)
    {
        if (lex.IsSourcePronoun(t[start]) && end - start == 1) return (start, end);
        while (start - 1 >= floor)
        {
            int p = start - 1;
            if (lex.Determiners.Contains(t[p])) { start = p; break; }
            if (IsNamePart(t, lex, p)) { start = p; continue; }
            if (IsJoiner(t, lex, p) && p - 1 >= floor && IsNamePart(t, lex, p - 1)) { start = p; continue; }
            if (t.Is(p, "s") && p - 2 >= floor && IsPossessive(t, p - 1) && IsNamePart(t, lex, p - 2)) { start = p - 2; continue; }
            break;
        }
        int last = end - 1;
        bool open = lex.Determiners.Contains(t[last]) || lex.Titles.Contains(t[last]) || IsJoiner(t, lex, last) || IsPossessive(t, last);
        while (open && end < ceiling && (IsNamePart(t, lex, end) || IsJoiner(t, lex, end) || t.Is(end, "s") && IsPossessive(t, end - 1)
                                         || lex.SourceNouns.Contains(t[end])))
            end++;
        return (start, end);
    }

    static bool IsHead(TokenText t, QuoteLexicon lex, int i) =>
        t.IsCapitalised(i) && !lex.FunctionWords.Contains(t[i]) || lex.SourceNouns.Contains(t[i]);

    static bool IsNamePart(TokenText t, QuoteLexicon lex, int i) =>
        (uint)i < (uint)t.Count && (t.IsCapitalised(i) && !lex.FunctionWords.Contains(t[i]) || lex.Titles.Contains(t[i]));

    /// <summary>Joiners inside a name: the stop of "Mr." and of initials, hyphens.</summary>
    static bool IsJoiner(TokenText t, QuoteLexicon lex, int i) =>
        t.IsPunct(i, '-') || t.IsPunct(i, '.') && i > 0 && (lex.Titles.Contains(t[i - 1]) || t[i - 1].Length == 1 && char.IsUpper(t[i - 1][0]));

    /// <summary>"’ s" as the placeholder tokenizer splits a possessive ("Trump’s campaign").</summary>
    static bool IsPossessive(TokenText t, int i) => (t.IsPunct(i, '’') || t.IsPunct(i, '\'')) && t.Is(i + 1, "s");

    static bool IsClauseWord(TokenText t, int i) => t.Is(i, "that") || t.Is(i, "and") || t.Is(i, "or") || t.Is(i, "to") || t.Is(i, "but");
}
