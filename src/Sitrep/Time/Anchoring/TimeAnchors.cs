using Sitrep.Documents;

namespace Sitrep.Time.Anchoring;

/// <summary>Finds the time expression that dates a token (for event dates).</summary>
public static class TimeAnchors
{
    /// <summary>
    /// The timex of the token's sentence that most likely governs it: DATE and TIME before
    /// DURATION and SET, then the same clause (no comma, semicolon or dash between), then the nearest.
    /// Null when the sentence has none.
    /// </summary>
    public static Timex? NearestTimex(Doc doc, int tokenIndex)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if ((uint)tokenIndex >= (uint)doc.Count) throw new ArgumentOutOfRangeException(nameof(tokenIndex));
        var sentence = doc.Sentence(doc.SentenceIndexOf(tokenIndex));
        int from = doc.TokenStarts[sentence.StartToken], to = doc.TokenEnds[sentence.EndToken - 1];
        int at = doc.TokenStarts[tokenIndex];
        Timex? best = null;
        int bestScore = int.MaxValue;
        foreach (var t in doc.Timexes)
        {
            if (t.EndChar <= from || t.StartChar >= to) continue;
            int distance = t.StartChar > at ? t.StartChar - at : Math.Max(0, at - t.EndChar);
            int score = distance + (t.Type is "DATE" or "TIME" ? 0 : 100_000) + (t.Value.EndsWith("_REF", StringComparison.Ordinal) ? 50_000 : 0)
                        + (CrossesClause(doc.Text, Math.Min(at, t.StartChar), Math.Max(at, t.EndChar)) ? 1_000 : 0);
            if (score < bestScore) { best = t; bestScore = score; }
        }
        return best;
    }

    /// <summary>The timex dating a whole sentence: the first DATE or TIME in it, else null.</summary>
    public static Timex? SentenceTimex(Doc doc, int sentenceIndex)
    {
        var sentence = doc.Sentence(sentenceIndex);
        if (sentence.StartToken >= sentence.EndToken) return null;
        int from = doc.TokenStarts[sentence.StartToken], to = doc.TokenEnds[sentence.EndToken - 1];
        return doc.Timexes.FirstOrDefault(t => t.StartChar >= from && t.EndChar <= to && t.Type is "DATE" or "TIME");
    }

    static bool CrossesClause(string text, int from, int to)
    {
        for (int i = from; i < to && i < text.Length; i++)
            if (text[i] is ',' or ';' or '—' or '–') return true;
        return false;
    }
}
