using Sitrep.Quotes.English;

namespace Sitrep.Quotes.Reported;

/// <summary>
/// Sentence ranges for attribution, independent of the tokenizer in use: a stop followed by a
/// capital, an opening quote or a paragraph break ends a sentence unless it ends a title (Mr.) or an
/// initial (U.S.). Closing quote marks after the stop stay in the sentence.
/// </summary>
internal static class ClauseSplitter
{
    public static List<(int Start, int End)> Sentences(TokenText t, QuoteLexicon lexicon)
    {
        var result = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < t.Count; i++)
        {
            if (i > start && t.StartsParagraph(i))
            {
                result.Add((start, i));
                start = i;
            }
            if (!t.IsSentenceEnd(i)) continue;
            if (t.IsPunct(i, '.') && i > 0 && (lexicon.Titles.Contains(t[i - 1]) || t[i - 1].Length == 1 && char.IsUpper(t[i - 1][0])))
                continue;
            int j = i + 1;
            while (j < t.Count && !t.StartsParagraph(j) && (t.IsPunct(j, '”') || t.IsPunct(j, '"') || t.IsPunct(j, '’') || t.IsPunct(j, ')'))) j++;
            if (j >= t.Count || t.StartsParagraph(j) || t.IsCapitalised(j) || t.IsQuoteMark(j) || char.IsDigit(t[j][0]))
            {
                result.Add((start, j));
                start = j;
                i = j - 1;
            }
        }
        if (start < t.Count) result.Add((start, t.Count));
        return result;
    }
}
