using Sitrep.Documents;

namespace Sitrep.Quotes.Learned;

/// <summary>
/// Moves the end of a tagged content span to the end of the phrase it cuts: an end on a word whose head
/// lies further right ("in the wake of", "the complete") runs on to the end of that head's phrase; never
/// into the cue or source, over a sentence end or into quote marks. (Moving the start back the same way
/// gained nothing on PolNeAR dev.)
/// </summary>
internal sealed class SyntacticEdges
{
    readonly Doc _doc;
    readonly int[] _lo, _hi;

    SyntacticEdges(Doc doc, int[] lo, int[] hi) => (_doc, _lo, _hi) = (doc, lo, hi);

    /// <summary>The first token of token i's phrase (its subtree in the parse).</summary>
    public int First(int i) => _lo[i];

    /// <summary>The last token of token i's phrase.</summary>
    public int Last(int i) => _hi[i];

    /// <summary>The phrase edges of a parsed document; null when the parser did not run.</summary>
    public static SyntacticEdges? Of(Doc doc)
    {
        int n = doc.Count;
        if (doc.Head.Length != n || Array.TrueForAll(doc.Head, h => h < 0)) return null;
        var lo = new int[n];
        var hi = new int[n];
        for (int i = 0; i < n; i++) lo[i] = hi[i] = i;
        for (int i = 0; i < n; i++)
            for (int h = doc.Head[i], steps = 0; h >= 0 && h != i && steps < n; h = doc.Head[h], steps++)
            {
                if (lo[h] > i) lo[h] = i;
                if (hi[h] < i) hi[h] = i;
            }
        return new SyntacticEdges(doc, lo, hi);
    }

    /// <summary>The content tokens [start, end) with its end closed; <paramref name="attribution"/> (cue and source tokens) stays outside.</summary>
    public (int Start, int End) CloseEnd(TaggerInput input, int start, int end, int sentStart, int sentEnd, (int Start, int End) attribution)
    {
        if (Quoted(input, start, end)) return (start, end);
        bool Free(int lo, int hi) => lo >= sentStart && hi < sentEnd && (hi < attribution.Start || lo >= attribution.End) && !Quoted(input, lo, hi + 1);
        for (int guard = 0; guard < 8; guard++)
        {
            int last = end - 1, h = _doc.Head[last];
            if (IsPunct(last) || h <= last || !Free(last, _hi[h])) break;
            end = _hi[h] + 1;
            while (end - 1 > start && IsPunct(end - 1)) end--;
        }
        return (start, end);
    }

    bool IsPunct(int i) => _doc.Upos.Length > i && _doc.Upos[i] == UPos.PUNCT;

    static bool Quoted(TaggerInput input, int start, int end)
    {
        for (int i = start; i < end; i++) if (input.InQuote[i] != 0) return true;
        return false;
    }
}
