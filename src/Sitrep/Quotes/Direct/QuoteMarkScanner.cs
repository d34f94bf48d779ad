using Sitrep.Documents;

namespace Sitrep.Quotes.Direct;

/// <summary>
/// Finds quoted passages from the quote marks alone: curly, straight and guillemet, double and single,
/// nested one level, across sentences and (by the news convention) across paragraphs.
/// Apostrophes (’s, n’t, o’clock, the players’ union) are told apart by their neighbours.
/// </summary>
internal static class QuoteMarkScanner
{
    enum Mark { None, Open, Close, Either }

    public static List<QuotedSpan> Scan(string text)
    {
        var found = new List<QuotedSpan>();
        int outerStart = -1, outerParagraphs = 0, innerStart = -1;
        char outerClose = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (outerStart < 0) continue;
                innerStart = -1;
                int next = NextParagraphStart(text, i);
                if (next < text.Length && IsDoubleOpening(text[next]) && text[next] != '»')
                {
                    // The quote goes on in the next paragraph; its opening mark is a continuation.
                    outerParagraphs++;
                    i = next;
                    continue;
                }
                found.Add(new QuotedSpan(new CharSpan(outerStart, TrimEnd(text, i)), 0, outerParagraphs));
                outerStart = -1;
                continue;
            }
            if (IsDouble(c))
            {
                var mark = Classify(text, i);
                if (outerStart >= 0 && (c == outerClose || c == '"') && mark is Mark.Close or Mark.Either)
                {
                    found.Add(new QuotedSpan(new CharSpan(outerStart, i + 1), 0, outerParagraphs));
                    outerStart = -1;
                    innerStart = -1;
                }
                else if (outerStart < 0 && mark is Mark.Open or Mark.Either && c is not '”' and not '»')
                {
                    outerStart = i;
                    outerParagraphs = 1;
                    outerClose = c switch { '“' => '”', '«' => '»', '„' => '“', _ => '"' };
                }
            }
            else if (IsSingle(c) && outerStart >= 0)
            {
                var mark = Classify(text, i);
                if (innerStart >= 0 && mark is Mark.Close or Mark.Either && c != '‘')
                {
                    found.Add(new QuotedSpan(new CharSpan(innerStart, i + 1), 1, 1));
                    innerStart = -1;
                }
                else if (innerStart < 0 && mark == Mark.Open)
                    innerStart = i;
            }
            else if (IsSingle(c) && outerStart < 0 && c == '‘' && Classify(text, i) == Mark.Open)
            {
                // A single-quoted passage outside double quotes (headline style): ‘Simultaneously’.
                int close = FindSingleClose(text, i + 1);
                if (close > 0)
                {
                    found.Add(new QuotedSpan(new CharSpan(i, close + 1), 0, 1));
                    i = close;
                }
            }
        }
        if (outerStart >= 0) found.Add(new QuotedSpan(new CharSpan(outerStart, TrimEnd(text, text.Length)), 0, outerParagraphs));
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    static bool IsDouble(char c) => c is '“' or '”' or '"' or '«' or '»' or '„';
    static bool IsDoubleOpening(char c) => c is '“' or '"' or '«' or '„';
    static bool IsSingle(char c) => c is '‘' or '’' or '\'';

    /// <summary>Opening marks follow a space or opening punctuation and precede a word; closing ones the reverse.</summary>
    static Mark Classify(string text, int i)
    {
        char prev = i > 0 ? text[i - 1] : ' ';
        char next = i + 1 < text.Length ? text[i + 1] : ' ';
        bool spaceBefore = char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–' or '“' or '"' or '‘';
        bool spaceAfter = char.IsWhiteSpace(next) || char.IsPunctuation(next) && next is not '‘' and not '“' and not '(' and not '[';
        if (char.IsLetterOrDigit(prev) && char.IsLetter(next)) return Mark.None; // n’t, o’clock, don"t
        if (spaceBefore && !spaceAfter) return Mark.Open;
        if (!spaceBefore && spaceAfter) return Mark.Close;
        return Mark.Either;
    }

    static int FindSingleClose(string text, int from)
    {
        for (int j = from; j < text.Length && text[j] != '\n'; j++)
            if (text[j] == '’' && Classify(text, j) is Mark.Close or Mark.Either) return j;
        return -1;
    }

    static int NextParagraphStart(string text, int newline)
    {
        int j = newline;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        return j;
    }

    static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
