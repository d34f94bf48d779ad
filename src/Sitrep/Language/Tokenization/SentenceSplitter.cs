using static Sitrep.Language.Tokenization.CharClasses;

namespace Sitrep.Language.Tokenization;

/// <summary>
/// Rule-based sentence boundaries over tokens. A sentence ends at a token of terminal punctuation
/// (closing quotes and brackets written against it stay in the sentence) unless a lower-case word or
/// continuing punctuation follows; at a blank line; and at a line break after a line that has no
/// terminal punctuation and looks like a headline, heading or list item (not in hard-wrapped text, where a line
/// break is a wrap: <see cref="HardWrap"/>). Abbreviations and initials
/// keep their period inside the token (the tokenizer splits it off only where it ends a sentence), so
/// they never end a sentence here.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>A line this short (in tokens) without final punctuation, followed by a capitalised line, is a heading.</summary>
    const int MaxHeadingTokens = 10;
    /// <summary>The first line of a text, up to this many tokens and without final punctuation, is a headline.</summary>
    const int MaxHeadlineTokens = 30;

    /// <summary>The index of the first token of each sentence (0 first when there are tokens).</summary>
    public static List<int> Split(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        var sentenceStarts = new List<int>(starts.Length / 16 + 1);
        int n = starts.Length;
        if (n == 0) return sentenceStarts;
        sentenceStarts.Add(0);
        int lineStart = 0;
        bool wrapped = HardWrap.IsHardWrapped(text);
        for (int i = 0; i + 1 < n; i++)
        {
            int breaks = LineBreaks(text[ends[i]..starts[i + 1]]);
            bool split = breaks >= 2
                || EndsSentence(text, starts, ends, sentenceStarts[^1], i)
                || (breaks == 1 && !wrapped && EndsHeadingLine(text, starts, ends, lineStart, i));
            if (split) sentenceStarts.Add(i + 1);
            if (breaks > 0) lineStart = i + 1;
        }
        return sentenceStarts;
    }

    /// <summary>0, 1, or 2 for a blank line (a line holding only whitespace counts as blank).</summary>
    static int LineBreaks(ReadOnlySpan<char> gap)
    {
        int first = gap.IndexOf('\n');
        if (first < 0) return 0;
        return gap[(first + 1)..].Contains('\n') ? 2 : 1;
    }

    static ReadOnlySpan<char> TokenText(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i) =>
        text[starts[i]..ends[i]];

    /// <summary>A closing quote or bracket written against the token before it.</summary>
    static bool IsAttachedCloser(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i) =>
        i > 0 && starts[i] == ends[i - 1] && ends[i] - starts[i] <= 2 && IsClosing(text[starts[i]]);

    /// <summary>
    /// Token <paramref name="i"/> (or the token before its attached closing quotes and brackets) is terminal
    /// punctuation that does not open the current sentence, and whitespace and a possible sentence opener follow.
    /// </summary>
    static bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int sentenceStart, int i)
    {
        char last = text[ends[i] - 1];
        if (!IsTerminal(last) && !IsClosing(last)) return false;
        if (starts[i + 1] == ends[i] || IsAttachedCloser(text, starts, ends, i + 1) || IsReferenceMark(text, starts, ends, i + 1)) return false;
        int k = i;
        if (k - 2 > sentenceStart && IsReferenceMark(text, starts, ends, k - 2)) k -= 3;
        while (k > sentenceStart && IsAttachedCloser(text, starts, ends, k)) k--;
        return k > sentenceStart && IsAllTerminal(TokenText(text, starts, ends, k)) && CanStartSentence(TokenText(text, starts, ends, i + 1));
    }

    /// <summary>"[12]": a citation mark, which stays with the sentence before it.</summary>
    static bool IsReferenceMark(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i) =>
        i + 2 < starts.Length && TokenText(text, starts, ends, i) is "[" && TokenText(text, starts, ends, i + 2) is "]"
        && IsNumberLabel(TokenText(text, starts, ends, i + 1));

    /// <summary>"2", "2.1", "iv": a reference or section number.</summary>
    static bool IsNumberLabel(ReadOnlySpan<char> token) =>
        token.Length <= 6 && (char.IsDigit(token[0]) ? !token.ContainsAnyExcept("0123456789.") : !token.ContainsAnyExcept("ivxIVX"));

    static bool IsAllTerminal(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
            if (!IsTerminal(c)) return false;
        return true;
    }

    /// <summary>Not a lower-case word (but informal "i") and not punctuation that continues a sentence (, ; : closing brackets).</summary>
    static bool CanStartSentence(ReadOnlySpan<char> next)
    {
        char c = next[0];
        if (char.IsLetter(c)) return !char.IsLower(c) || next is "i";
        if (char.IsDigit(c) || IsOpening(c) || IsCurrency(c)) return true;
        return c is '\'' or '‘' or '’' or '@' or '#' or '*' or '-' or '–' or '—' or '•' or '&';
    }

    static bool EndsHeadingLine(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int lineStart, int i)
    {
        var last = TokenText(text, starts, ends, i);
        if (last is "," or ";" || last[^1] is '-' or '(' || IsAllTerminal(last)) return false;
        if (IsListMarker(text, starts, ends, lineStart) || IsListMarker(text, starts, ends, i + 1)) return true;
        var first = TokenText(text, starts, ends, lineStart);
        var next = TokenText(text, starts, ends, i + 1);
        if (!(char.IsUpper(first[0]) || char.IsDigit(first[0]) || IsOpening(first[0])) || !CanStartSentence(next)) return false;
        int length = i - lineStart + 1;
        return length <= MaxHeadingTokens || (lineStart == 0 && length <= MaxHeadlineTokens);
    }

    /// <summary>"-", "*", "•" or "1." / "a)" opening a line.</summary>
    static bool IsListMarker(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i)
    {
        var token = TokenText(text, starts, ends, i);
        if (token is "-" or "*" or "•" or "·" or "–" or "—" or ">") return true;
        if (i + 1 >= starts.Length || token.Length > 3) return false;
        var after = TokenText(text, starts, ends, i + 1);
        return after is "." or ")" && starts[i + 1] == ends[i] && (char.IsDigit(token[0]) || (token.Length == 1 && char.IsLetter(token[0])));
    }
}
