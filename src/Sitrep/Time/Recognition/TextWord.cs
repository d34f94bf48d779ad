namespace Sitrep.Time.Recognition;

/// <summary>
/// A word as the time grammar sees it: a run of letters, a run of digits, or one other
/// character. The grammar works on these rather than on pipeline tokens so that it reads
/// "2016-10-17", "Oct." and "1990s" the same whatever the tokenizer did with them.
/// </summary>
internal readonly record struct TextWord(int Start, int End, TimeWord? Lex, int Digits, int Value, bool Upper, bool SpaceBefore)
{
    public int Length => End - Start;
    public bool IsNumber => Digits > 0;
}

internal static class WordScanner
{
    /// <summary>
    /// Splits <paramref name="text"/> into words, written into <paramref name="buffer"/> (grown as
    /// needed); returns the count. Numbers longer than nine digits keep Value 0.
    /// </summary>
    public static int Scan(string text, TimeLexicon lexicon, ref TextWord[] buffer)
    {
        int count = 0, i = 0, n = text.Length;
        bool space = true;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            if (count == buffer.Length) Array.Resize(ref buffer, Math.Max(256, buffer.Length * 2));
            int s = i;
            if (char.IsAsciiDigit(c))
            {
                int value = 0;
                while (i < n && char.IsAsciiDigit(text[i])) { if (i - s < 9) value = value * 10 + (text[i] - '0'); i++; }
                buffer[count++] = new TextWord(s, i, null, i - s, i - s <= 9 ? value : 0, false, space);
            }
            else if (char.IsLetter(c))
            {
                while (i < n && char.IsLetter(text[i])) i++;
                buffer[count++] = new TextWord(s, i, lexicon.Lookup(text.AsSpan(s, i - s)), 0, 0, char.IsUpper(c), space);
            }
            else
            {
                i++;
                buffer[count++] = new TextWord(s, i, null, 0, 0, false, space);
            }
            space = false;
        }
        return count;
    }
}
